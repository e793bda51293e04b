import { VIEWS, type ViewName } from '$core/shell-ports';

/** The view named by ?view=…; an unknown or missing name falls back to the routine. */
export function viewFromSearch(search: string): ViewName {
  const requested = new URLSearchParams(search).get('view');
  return (VIEWS as readonly string[]).includes(requested ?? '') ? (requested as ViewName) : 'routine';
}
