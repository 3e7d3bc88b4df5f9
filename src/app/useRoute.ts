import { useEffect, useState } from 'react';

export const ROUTES = [
  'dashboard',
  'transactions',
  'review',
  'categories',
  'reveal',
  'import',
  'settings',
] as const;
export type Route = (typeof ROUTES)[number];

/** The route named by a hash; the query after `?` (view filters) does not change the route. */
export function parse(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'dashboard';
}

/** Hash routing: works from any static host and offline, with no server rewrites. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parse(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
