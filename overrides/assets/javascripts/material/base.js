// Material for MkDocs 9.8.2's partials/javascripts/base.html (MIT), moved out of the page so the
// Content-Security-Policy needs no inline script. Unchanged except that the scope comes from the
// script element's data-md-scope attribute instead of being written into the code.
__md_scope=new URL(document.currentScript.dataset.mdScope,location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
