// Paper entry from the keyboard only: in a field answered by one key (an option's letter,
// a point of the scale, "?" or "0" for "cannot judge"), typing an allowed key moves the
// focus to the next field; Enter moves on too, and on the last field goes to the summary.
// Choosing a unit or a group reloads the form for them.
document.querySelectorAll('[data-paper-form]').forEach((form) => {
  const fields = Array.from(form.querySelectorAll('[data-paper-field]'));
  const next = (field) => {
    const at = fields.indexOf(field);
    if (at >= 0 && at + 1 < fields.length) {
      fields[at + 1].focus();
      fields[at + 1].select();
    } else {
      form.querySelector('button[type="submit"]').focus();
    }
  };
  fields.forEach((field) => {
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        if (fields.indexOf(field) === fields.length - 1) {
          form.requestSubmit();
        } else {
          next(field);
        }
      }
    });
    if (field.dataset.paperSingle === 'true') {
      const keys = field.dataset.paperKeys.toUpperCase();
      field.addEventListener('input', () => {
        const value = field.value.trim().toUpperCase();
        if (value.length === 1 && keys.includes(value)) {
          field.value = value;
          next(field);
        }
      });
    }
  });
});
document.querySelectorAll('[data-paper-choose]').forEach((select) => {
  select.addEventListener('change', () => {
    const form = select.closest('form');
    if (Array.from(form.querySelectorAll('select')).every((s) => s.value !== '')) {
      form.requestSubmit();
    }
  });
});
