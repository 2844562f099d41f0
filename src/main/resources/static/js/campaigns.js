// The participants chooser: a unit type means "all of that type" and hides the list;
// otherwise the list filters as one types (with or without Vietnamese accents) and counts
// what is ticked.
const plain = (text) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
document.querySelectorAll('[data-unit-picker]').forEach((picker) => {
  const form = picker.closest('form');
  const type = form.querySelector('[data-unit-type]');
  const search = picker.querySelector('[data-unit-search]');
  const rows = Array.from(picker.querySelectorAll('[data-search]'));
  const count = picker.querySelector('[data-unit-count]');
  const boxes = () => rows.map((row) => row.querySelector('input'));
  const refresh = () => {
    picker.hidden = type.value !== '';
    const ticked = boxes().filter((box) => box.checked).length;
    count.textContent = count.dataset.template.replace('{0}', ticked);
  };
  search.addEventListener('input', () => {
    const needle = plain(search.value.trim());
    rows.forEach((row) => { row.hidden = needle !== '' && !plain(row.dataset.search).includes(needle); });
  });
  picker.querySelector('[data-unit-all]').addEventListener('click', () => {
    rows.filter((row) => !row.hidden).forEach((row) => { row.querySelector('input').checked = true; });
    refresh();
  });
  picker.querySelector('[data-unit-none]').addEventListener('click', () => {
    boxes().forEach((box) => { box.checked = false; });
    refresh();
  });
  picker.addEventListener('change', refresh);
  type.addEventListener('change', refresh);
  refresh();
});
