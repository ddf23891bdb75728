// A stand-in for Pagefind that the search dialog loads in one test (test_search_dialog.py). It behaves as
// Pagefind 1.5.2 does in the one respect under test: there is one data object per page, and each search's
// data() writes that search's match locations into it once the page has loaded (loadFragment). The test
// holds a search and the page's loading, to let two searches read one page in a chosen order.
const words = Array.from({ length: 80 }, (_, at) => `woord${at}`);
const page = { url: "/gedeeld/", content: words.join(" "), meta: { title: "Gedeelde pagina" }, weighted_locations: [] };
const stub = (window.kbPagefindStub = { held: {}, searched: [], read: [] });
const loaded = new Promise((resolve) => (stub.loadPage = resolve));
// Where each query matches the page: the test's two queries at either end of it.
const LOCATION = { eerste: 5, tweede: 60 };

stub.hold = (query) => {
  stub.held[query] = new Promise((resolve) => (stub[`release_${query}`] = resolve));
};

export async function options() {}

export async function filters() {
  return {};
}

export async function search(query) {
  await stub.held[query];
  const at = LOCATION[query];
  const locations = [{ weight: 1, balanced_score: 1, location: at }];
  stub.searched.push(query);
  const data = async () => {
    stub.read.push(query);
    await loaded;
    page.weighted_locations = locations;
    return page;
  };
  return { results: [{ id: "gedeeld", score: 1, words: [at], data }] };
}
