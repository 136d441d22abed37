/**
 * The pane's tabs: buttons in an ARIA tab list; the arrow keys, Home and End move to a tab and
 * open it. Fluent's TabList (or its arrow-key navigation) would add a sixth to a fifth to the
 * pane's start-up script for the same behaviour.
 */
import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // a narrow pane puts the tabs on two lines rather than break a label
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    borderRadius: 0,
    borderBottom: `3px solid transparent`,
    minWidth: "auto",
    whiteSpace: "nowrap",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  selected: {
    borderBottom: `3px solid ${tokens.colorCompoundBrandStroke}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface PaneTab<K extends string> {
  key: K;
  label: string;
}

export function PaneTabs<K extends string>({
  tabs,
  selected,
  onSelect,
  label,
}: {
  tabs: readonly PaneTab<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
}) {
  const styles = useStyles();
  const list = React.useRef<HTMLDivElement>(null);
  const keys = tabs.map((tab) => tab.key);
  const onKeyDown = (event: React.KeyboardEvent) => {
    const at = keys.indexOf(selected);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: keys.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const index = (to + keys.length) % keys.length;
    onSelect(keys[index] as K);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[index]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list} ref={list} onKeyDown={onKeyDown}>
      {tabs.map(({ key, label: text }) => (
        <Button
          key={key}
          role="tab"
          aria-selected={key === selected}
          tabIndex={key === selected ? 0 : -1}
          appearance="transparent"
          className={mergeClasses(styles.tab, key === selected && styles.selected)}
          onClick={() => onSelect(key)}
        >
          {text}
        </Button>
      ))}
    </div>
  );
}
