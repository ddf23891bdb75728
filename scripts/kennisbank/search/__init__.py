"""Search: a Pagefind index of the built site, tuned for Dutch, behind one search box."""
