/**
 * Biểu 1–4 for the whole province (the default) or for one district and its communes, as a district sends
 * them — the CLI's `--district`. The other result sheets stay province-wide.
 */
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { useStepStyles } from '../styles';

/** The province-wide choice; no district is named so. */
const PROVINCE = '(toàn tỉnh)';

interface DistrictPickerProps {
  /** The districts the workbook holds (districtsInWorkbook), as the data names them. */
  districts: readonly string[];
  /** The district chosen, or null for the province. */
  value: string | null;
  onChange(district: string | null): void;
}

export function DistrictPicker({ districts, value, onChange }: DistrictPickerProps) {
  const styles = useStepStyles();
  const none = districts.length === 0;
  return (
    <Field
      label="Biểu 1–4 cho huyện"
      hint={none ? 'Không tìm thấy huyện nào trong dữ liệu: Biểu 1–4 lập cho toàn tỉnh.' : 'Chọn một huyện: Biểu 1–4 chỉ gồm huyện đó và các xã của huyện; các sheet khác vẫn cho toàn tỉnh.'}
      size="small"
    >
      <Dropdown
        size="small"
        className={styles.dropdown}
        disabled={none}
        value={value ?? PROVINCE}
        selectedOptions={[value ?? PROVINCE]}
        onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue === PROVINCE ? null : d.optionValue)}
      >
        <Option value={PROVINCE}>{PROVINCE}</Option>
        {districts.map((name) => (
          <Option key={name} value={name}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
