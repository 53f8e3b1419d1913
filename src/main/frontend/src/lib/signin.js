import { h } from './dom.js';

/**
 * The sign-in form of the editors' pages (upload, review): user name, password, a submit button and a
 * message line; {@code explanation} says what signing in does on that page.
 */
export function makeSignInForm(explanation, onsubmit) {
  const userInput = h('input', {
    id: 'signin-user', name: 'username', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true,
  });
  const passwordInput = h('input', {
    id: 'signin-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
  });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const messageBox = h('div', { id: 'signin-message' });
  const form = h('form', { id: 'signin', class: 'signin', 'aria-labelledby': 'signin-title', onsubmit },
    h('h2', { id: 'signin-title' }, 'Sign in'),
    h('p', { class: 'small' }, explanation),
    h('div', { class: 'fields' },
      h('div', { class: 'field' }, h('label', { for: 'signin-user' }, 'User name'), userInput),
      h('div', { class: 'field' }, h('label', { for: 'signin-password' }, 'Password'), passwordInput),
      button),
    messageBox);
  return { form, userInput, passwordInput, button, messageBox };
}
