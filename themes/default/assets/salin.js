// "Salin kutipan": copies the page's citation where the browser allows it.
// Without JavaScript the button stays hidden and the text stays selectable.
for (const b of document.querySelectorAll('button.copy')) {
  if (!navigator.clipboard) continue;
  b.hidden = false;
  b.addEventListener('click', () => {
    const text = document.getElementById('kutipan').textContent;
    navigator.clipboard.writeText(text).then(() => { b.textContent = b.dataset.copied; });
  });
}
