// Review page: Enter in the points field adjusts (instead of accepting, the form's first
// button); Alt+A accepts the leaf whose form has the focus.
document.addEventListener('keydown', (event) => {
  const form = event.target.closest && event.target.closest('form.pi-decide');
  if (!form) {
    return;
  }
  if (event.key === 'Enter' && event.target.name === 'points') {
    const adjust = form.querySelector('button[value="adjust"], button[value="claim-reject"]');
    if (adjust) {
      event.preventDefault();
      form.requestSubmit(adjust);
    }
  }
  else if (event.altKey && (event.key === 'a' || event.key === 'A')) {
    const accept = form.querySelector('button[value="accept"], button[value="claim-accept"]');
    if (accept) {
      event.preventDefault();
      form.requestSubmit(accept);
    }
  }
});
