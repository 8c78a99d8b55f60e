// The CSV export of every order (bench, "Bulk" section): clicks "Export CSV" on a freshly
// loaded orders page (nothing read yet), waits until every order's details are in (the
// Download button appears), clicks it, and resolves with the milliseconds from the first
// click to the file handed to the browser (the download's anchor click, captured here).
const done = arguments[arguments.length - 1];
const start = performance.now();
HTMLAnchorElement.prototype.click = function () {
  done(performance.now() - start);
};
document.querySelector('[data-test=csv-export]').click();
const observer = new MutationObserver(() => {
  const download = document.querySelector('[data-test=csv-download]');
  if (download) {
    observer.disconnect();
    download.click();
  }
});
observer.observe(document.body, { childList: true, subtree: true });
