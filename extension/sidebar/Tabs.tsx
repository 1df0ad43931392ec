/**
 * An ARIA tab list (WAI-ARIA Authoring Practices, tabs with automatic activation): one tab in the Tab
 * order, the arrow keys move between tabs and select them, Home and End go to the first and last.
 * The list and the panels are separate components so the list can sit in the header.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<Id extends string> {
  id: Id;
  label: ComponentChildren;
}

export const tabId = (id: string) => `sidebar-tab-${id}`;
export const panelId = (id: string) => `sidebar-panel-${id}`;

export interface TabListProps<Id extends string> {
  tabs: ReadonlyArray<TabSpec<Id>>;
  selected: Id;
  onSelect(id: Id): void;
  /** Accessible name of the tab list. */
  label: string;
}

export function TabList<Id extends string>({ tabs, selected, onSelect, label }: TabListProps<Id>) {
  const list = useRef<HTMLDivElement>(null);
  const move = (to: number) => {
    const next = tabs[(to + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(next.id)}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const to =
      e.key === 'ArrowRight'
        ? at + 1
        : e.key === 'ArrowLeft'
          ? at - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : null;
    if (to === null || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    move(to);
  };
  return (
    <div ref={list} role="tablist" aria-label={label} class="tablist" onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-controls={panelId(tab.id)}
            aria-selected={isSelected}
            tabIndex={isSelected ? 0 : -1}
            class="tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

export interface TabPanelProps {
  id: string;
  selected: boolean;
  children: ComponentChildren;
}

/** Panels stay mounted while hidden, so a search or a scroll position survives a change of tab. */
export function TabPanel({ id, selected, children }: TabPanelProps) {
  return (
    <div role="tabpanel" id={panelId(id)} aria-labelledby={tabId(id)} hidden={!selected} class="panel">
      {children}
    </div>
  );
}
