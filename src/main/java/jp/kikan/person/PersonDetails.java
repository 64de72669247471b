package jp.kikan.person;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import jp.kikan.platform.PlausibleDates;

/**
 * What staff record about a person, as the API and forms send it. The Japanese messages name what to fix.
 * {@code centerId} is needed only by staff of several centers.
 */
public record PersonDetails(
    @Size(max = 64) String centerId,
    @NotBlank(message = "氏（姓）を入力してください") @Size(max = 100, message = "100文字以内で入力してください")
    String familyName,
    @Size(max = 100, message = "100文字以内で入力してください") String givenName,
    @NotBlank(message = "ふりがな（姓）を入力してください") @Size(max = 100, message = "100文字以内で入力してください")
    @Pattern(regexp = KANA, message = "ひらがなまたはカタカナで入力してください") String familyNameKana,
    @Size(max = 100, message = "100文字以内で入力してください")
    @Pattern(regexp = KANA, message = "ひらがなまたはカタカナで入力してください") String givenNameKana,
    @PlausibleDates.Lifetime(label = "生年月日") LocalDate birthDate,
    @Min(value = 0, message = "0以上で入力してください") @Max(value = 130, message = "130以下で入力してください")
    Integer estimatedAge,
    @NotNull(message = "性別を選んでください（MALE, FEMALE, OTHER, UNKNOWN）") Sex sex,
    @Size(max = 300, message = "300文字以内で入力してください") String address,
    Set<@NotNull(message = "障害種別に空の値があります") Disability> disabilities) {

  /** Hiragana, katakana (full or half width), the long-vowel mark and spaces. */
  static final String KANA = "^[\\p{InHiragana}\\p{InKatakana}\\uFF65-\\uFF9F\\u30FC\\s\\u3000]*$";

  @JsonIgnore
  @AssertTrue(message = "生年月日か推定年齢のどちらかを入力してください")
  public boolean isBirthDateOrEstimatedAge() {
    return birthDate != null || estimatedAge != null;
  }
}
