package jp.kikan.secondary;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kikan.person.Disability;
import jp.kikan.person.Person;
import jp.kikan.platform.Labelled;

/**
 * The anonymised summary of a closed consultation for the 協議会: age band, sex, disabilities, the kinds of
 * difficulty, the help given and how long it took. Free text written for the 協議会 has the person's names (kanji,
 * hiragana and katakana), registered address, the consultant's name and date- and phone-like numbers blanked out;
 * what the code cannot recognise (a nickname, a described place) staff must not write — docs say so.
 */
final class CaseSummary {

  static final String BLANKED = "〇〇";
  private static final Pattern DATE_LIKE = Pattern.compile(
      "(\\d{2,4}|[０-９]{2,4})[年/\\-.／](\\d{1,2}|[０-９]{1,2})[月/\\-.／](\\d{1,2}|[０-９]{1,2})日?");
  private static final Pattern CASE_NUMBER_LIKE = Pattern.compile("[a-z0-9-]+-\\d{4}-[A-Z]?\\d{4}");
  private static final Pattern PHONE_LIKE = Pattern.compile("[0-9０-９]{2,5}[-‐－ー][0-9０-９]{2,4}[-‐－ー][0-9０-９]{3,4}");

  private CaseSummary() {}

  static String of(Consultation consultation, Person person, int conferences, LocalDate closedOn) {
    LocalDate receivedOn = consultation.getReceivedAt().atZone(jp.kikan.platform.TimeConfiguration.JAPAN).toLocalDate();
    List<String> parts = new ArrayList<>();
    parts.add("年代: " + ageBand(person, receivedOn));
    parts.add("性別: " + person.getSex().label());
    parts.add("障害: " + labels(person.getDisabilities().isEmpty() ? Set.of(Disability.UNKNOWN) : person.getDisabilities()));
    parts.add("困難の種類: " + labels(consultation.getDifficulties()));
    List<String> help = new ArrayList<>();
    if (consultation.isAdviceGiven()) {
      help.add("助言");
    }
    if (consultation.isJointVisit()) {
      help.add("同行訪問");
    }
    if (consultation.isCaseConference()) {
      help.add("個別事例連携会議" + (conferences > 0 ? "（" + conferences + "回）" : ""));
    }
    parts.add("支援: " + (help.isEmpty() ? "なし" : String.join("、", help)));
    int months = Math.max(0, (int) Period.between(receivedOn, closedOn).toTotalMonths());
    parts.add("支援期間: " + (months == 0 ? "1か月未満" : "約" + months + "か月"));
    return String.join(" / ", parts);
  }

  /** Blanks out the person's names (kanji and kana), the office consultant's name, date- and phone-like numbers. */
  static String scrub(String text, Person person, String consultant) {
    String result = text;
    List<String> names = new ArrayList<>();
    for (String name : new String[] {
        join(person.getFamilyName(), person.getGivenName()), join(person.getFamilyNameKana(), person.getGivenNameKana()),
        person.getFamilyName(), person.getGivenName(), person.getFamilyNameKana(), person.getGivenNameKana(),
        consultant, person.getAddress()}) {
      if (name != null && name.strip().length() >= 1) {
        for (String form : List.of(name.strip(), name.strip().replace(" ", "").replace("　", ""))) {
          names.add(form);
          names.add(otherKana(form));
        }
      }
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    for (String name : names) {
      if (!name.isEmpty()) {
        result = result.replace(name, BLANKED);
      }
    }
    result = CASE_NUMBER_LIKE.matcher(result).replaceAll(BLANKED);
    result = DATE_LIKE.matcher(result).replaceAll(BLANKED);
    return PHONE_LIKE.matcher(result).replaceAll(BLANKED);
  }

  /** Hiragana as katakana and katakana as hiragana, so a name written in the other script is found too. */
  static String otherKana(String text) {
    StringBuilder other = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c >= 'ぁ' && c <= 'ゖ') {
        other.append((char) (c + 0x60));
      } else if (c >= 'ァ' && c <= 'ヶ') {
        other.append((char) (c - 0x60));
      } else {
        other.append(c);
      }
    }
    return other.toString();
  }

  static String ageBand(Person person, LocalDate on) {
    Integer age = person.getBirthDate() != null ? Integer.valueOf(Period.between(person.getBirthDate(), on).getYears())
        : person.getEstimatedAge();
    if (age == null) {
      return "不明";
    }
    if (age < 18) {
      return "18歳未満";
    }
    if (age < 20) {
      return "18〜19歳";
    }
    return age >= 80 ? "80歳以上" : (age / 10 * 10) + "代";
  }

  private static String labels(Set<? extends Labelled> values) {
    return values.stream().map(Labelled::label).sorted().collect(Collectors.joining("、"));
  }

  private static String join(String family, String given) {
    return family == null ? null : given == null ? family : family + " " + given;
  }
}
