// Whether the person has moved to another address since the app opened. A page heading takes focus
// only after such a move: on first load, focus stays wherever the person already put it (a page that
// loads late must not pull the cursor out of the navigation they are tabbing through).

let navigated = false;

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    navigated = true;
  });
}

export function hasNavigated(): boolean {
  return navigated;
}
