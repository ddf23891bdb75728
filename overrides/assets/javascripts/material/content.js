// Material for MkDocs 9.8.2's partials/javascripts/content.html (MIT), unchanged, moved out of the page
// so the Content-Security-Policy needs no inline script: opens the content tab the URL fragment names.
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
