// The populations table: as a population N is typed, the sample beside it follows,
// n = N / (1 + N·e²) rounded up (the server's figure, shown after saving, is the one kept).
document.querySelectorAll('form[data-margin]').forEach((form) => {
  const margin = Number(form.dataset.margin);
  const locale = document.documentElement.lang || 'vi';
  form.querySelectorAll('input.pi-population').forEach((input) => {
    const sample = document.getElementById('sample-' + input.id);
    if (!sample) {
      return;
    }
    input.addEventListener('input', () => {
      const text = input.value.trim();
      const n = Number(text);
      if (text === '' || !Number.isInteger(n) || n < 0) {
        sample.textContent = '';
        return;
      }
      const size = n === 0 ? 0 : Math.ceil(Number((n / (1 + n * margin * margin)).toFixed(9)));
      sample.textContent = sample.dataset.template.replace('{0}', size.toLocaleString(locale));
    });
  });
});
