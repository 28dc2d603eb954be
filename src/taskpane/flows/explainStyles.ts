/** Styles of the Explain flow: the hint line and the explanation card. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useExplainStyles = makeStyles({
  where: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  label: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  formula: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
  },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  inputs: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  hint: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});
