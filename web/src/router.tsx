/** A minimal history router under /app/. */
import { type MouseEvent, type ReactNode, useEffect, useState } from 'react';

export const BASE = '/app';

export function currentPath(): string {
  const p = window.location.pathname;
  const rest = p.startsWith(BASE) ? p.slice(BASE.length) : p;
  return rest === '' || rest === '/' ? '/documents' : rest;
}

export function navigate(path: string): void {
  window.history.pushState(null, '', BASE + path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function usePath(): string {
  const [path, setPath] = useState(currentPath());
  useEffect(() => {
    const on = () => setPath(currentPath());
    window.addEventListener('popstate', on);
    return () => window.removeEventListener('popstate', on);
  }, []);
  return path;
}

export function Link(props: { to: string; children: ReactNode; className?: string; onClick?: () => void }) {
  const click = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    props.onClick?.();
    navigate(props.to);
  };
  return (
    <a href={BASE + props.to} className={props.className} onClick={click}>
      {props.children}
    </a>
  );
}
