// Forms marked data-confirm ask before they submit; htmx requests carry the CSRF token.
document.addEventListener('submit', (event) => {
  const message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Scoring sheets save each leaf as it changes. Until the server confirms, the typed values stay in
// this browser, so a network hiccup or an expired session loses nothing: they are restored and
// saved again on the next visit.
(() => {
  const storageKey = (form) => 'parindex-draft:' + form.dataset.draftKey;

  const remember = (form) => {
    const values = {};
    new FormData(form).forEach((value, name) => { values[name] = value; });
    localStorage.setItem(storageKey(form), JSON.stringify(values));
  };

  document.addEventListener('change', (event) => {
    const form = event.target.closest('form[data-draft-key]');
    if (form) {
      remember(form);
    }
  });

  // What a save sent, read from the form when it left (saves wait their turn, see hx-sync).
  const sent = (event) => {
    const values = {};
    const data = event.detail.requestConfig && event.detail.requestConfig.formData;
    if (data) {
      data.forEach((value, name) => { values[name] = value; });
    }
    return values;
  };

  // A draft is forgotten once a save of the very same values is answered: one typed while an
  // earlier save was on its way stays until its own save is answered.
  document.addEventListener('htmx:afterRequest', (event) => {
    const form = event.detail.elt.closest && event.detail.elt.closest('form[data-draft-key]');
    if (!form || !event.detail.successful) {
      return;
    }
    const saved = localStorage.getItem(storageKey(form));
    const values = sent(event);
    if (saved && Object.entries(JSON.parse(saved)).every(([name, value]) => values[name] === value)) {
      localStorage.removeItem(storageKey(form));
    }
  });

  document.addEventListener('htmx:responseError', (event) => {
    if (event.detail.xhr.status === 401) {
      const banner = document.getElementById('session-expired');
      if (banner) {
        banner.classList.remove('d-none');
      }
    }
  });

  document.addEventListener('htmx:sendError', () => {
    const banner = document.getElementById('session-expired');
    if (banner) {
      banner.classList.remove('d-none');
    }
  });

  const restore = () => {
    let restored = false;
    document.querySelectorAll('form[data-draft-key]').forEach((form) => {
      const saved = localStorage.getItem(storageKey(form));
      if (!saved || form.querySelector('fieldset[disabled]')) {
        return;
      }
      const values = JSON.parse(saved);
      Object.entries(values).forEach(([name, value]) => {
        const field = form.elements.namedItem(name);
        if (field) {
          field.value = value;
        }
      });
      restored = true;
      htmx.trigger(form, 'change');
    });
    const notice = document.getElementById('drafts-restored');
    if (restored && notice) {
      notice.classList.remove('d-none');
    }
  };

  document.addEventListener('DOMContentLoaded', () => {
    if (window.htmx) {
      restore();
    }
  });
})();

// Buttons marked data-print print the page; the print stylesheet leaves the content only.
document.addEventListener('click', (event) => {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
