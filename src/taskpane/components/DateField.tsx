/**
 * A date typed as dd/mm/yyyy in a text box (see date-text.ts for why not a native date input). The parent
 * keeps what was typed; this field only shows it, with the message of the parent's check.
 */
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { DATE_PLACEHOLDER } from '../date-text';
import { useStepStyles } from '../styles';

const useStyles = makeStyles({
  // Two date fields share a line in a 320 px pane: the box takes the width it is given, not 20 characters'.
  input: { width: '100%', minWidth: 0 },
});

interface DateFieldProps {
  label: string;
  hint?: string;
  /** The text as typed, or the kept date shown as dd/mm/yyyy. */
  text: string;
  /** Why the text cannot be used; none when it can. */
  error?: string;
  grow?: boolean;
  onChange(text: string): void;
}

export function DateField({ label, hint, text, error, grow, onChange }: DateFieldProps) {
  const styles = { ...useStepStyles(), ...useStyles() };
  return (
    <Field label={label} hint={hint} size="small" className={grow ? styles.grow : undefined} validationMessage={error}>
      <Input
        size="small"
        className={styles.input}
        input={{ size: 10, inputMode: 'numeric', autoComplete: 'off' }}
        placeholder={DATE_PLACEHOLDER}
        value={text}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}
