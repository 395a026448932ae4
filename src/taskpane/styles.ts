/** Layout shared by the four steps: one calm column, compact for a 320–450 px pane. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStepStyles = makeStyles({
  step: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'flex-end',
  },
  grow: { flexGrow: 1, flexBasis: 0, minWidth: '120px' },
  /** Fluent's Dropdown asks for 250 px by default; in the pane it takes the width it is given. */
  dropdown: { minWidth: 'auto', width: '100%' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});
