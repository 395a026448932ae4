/** The rules profile to score with: the built-in ones, by their Vietnamese names (RULES.md §5). */
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { BUILT_IN_PROFILES, builtInProfile, type BuiltInProfileName } from '../../domain/scoring';
import { useStepStyles } from '../styles';

interface ProfilePickerProps {
  value: BuiltInProfileName;
  onChange(name: BuiltInProfileName): void;
}

const label = (name: BuiltInProfileName): string => builtInProfile(name).name;

export function ProfilePicker({ value, onChange }: ProfilePickerProps) {
  const styles = useStepStyles();
  return (
    <Field label="Bộ quy tắc chấm điểm" size="small">
      <Dropdown
        size="small"
        className={styles.dropdown}
        value={label(value)}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue as BuiltInProfileName)}
      >
        {BUILT_IN_PROFILES.map((name) => (
          <Option key={name} value={name} text={label(name)}>
            {label(name)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
