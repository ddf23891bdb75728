"""Charts of series of figures, drawn at build time as inline SVG: no JavaScript, no other host."""
