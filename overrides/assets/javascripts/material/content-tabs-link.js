// Material for MkDocs 9.8.2's partials/javascripts/content.html (MIT), the part for the feature
// content.tabs.link, unchanged, moved out of the page so the Content-Security-Policy needs no inline script.
var tabs=__md_get("__tabs");if(Array.isArray(tabs))e:for(var set of document.querySelectorAll(".tabbed-set")){var labels=set.querySelector(".tabbed-labels");for(var tab of tabs)for(var label of labels.getElementsByTagName("label"))if(label.innerText.trim()===tab){var input=document.getElementById(label.htmlFor);input.checked=!0;continue e}}
