// Review page: Alt+A accepts the leaf (or the not-applicable claim) whose decision area has
// the focus; Enter in the points field submits the adjustment as usual.
document.addEventListener('keydown', (event) => {
  if (!event.altKey || (event.key !== 'a' && event.key !== 'A')) {
    return;
  }
  const area = event.target.closest && event.target.closest('.pi-decide');
  const accept = area && area.querySelector('form[id^="accept-form-"]');
  if (accept) {
    event.preventDefault();
    accept.requestSubmit();
  }
});

// Evidence opens beside the leaf: on a wide screen a file the browser can show (PDF,
// image) loads in the panel next to the leaves; elsewhere, and for other files, the link
// works as a link (a window of its own, or a download).
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a.pi-evidence-link');
  const panel = document.getElementById('evidence-panel');
  if (!link || !panel || !link.href.includes('inline=true') || !window.matchMedia('(min-width: 992px)').matches) {
    return;
  }
  event.preventDefault();
  document.getElementById('evidence-frame').src = link.href;
  document.getElementById('evidence-window').href = link.href;
  document.getElementById('evidence-title').textContent = link.textContent;
  panel.hidden = false;
});

document.addEventListener('click', (event) => {
  if (event.target.id === 'evidence-close') {
    document.getElementById('evidence-panel').hidden = true;
    document.getElementById('evidence-frame').removeAttribute('src');
  }
});
