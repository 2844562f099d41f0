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
