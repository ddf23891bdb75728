// Material for MkDocs 9.8.2's partials/javascripts/outdated.html (MIT), moved out of the page so the
// Content-Security-Policy needs no inline script: shows the notice on an outdated version at once.
// One change: Material wrote the page's relative base URL into `new URL(...)`, which throws without a
// base; it comes from data-md-base and is resolved against the page, as Material's bundle does.
var el=document.querySelector("[data-md-component=outdated]"),base=new URL(document.currentScript.dataset.mdBase,location),outdated=__md_get("__outdated",sessionStorage,base);!0===outdated&&el&&(el.hidden=!1)
