import type { ReactNode } from 'react';
import { Header } from './Header';
import { StatusScreen } from './StatusScreen';

/** A whole page that only says something: loading, a failure, an empty map. `switcher` is the map menu. */
export function Status({ kind, title, switcher, children }: { kind: 'loading' | 'error' | 'empty'; title: string; switcher?: ReactNode; children?: ReactNode }) {
  return (
    <div className="app">
      <Header counts={null} switcher={switcher} />
      <main className="stage stage-status">
        <StatusScreen kind={kind} title={title}>
          {children}
        </StatusScreen>
      </main>
    </div>
  );
}
