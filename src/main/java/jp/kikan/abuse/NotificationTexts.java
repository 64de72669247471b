package jp.kikan.abuse;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import jp.kikan.platform.TimeConfiguration;

/**
 * The Japanese subject and body of each notification. They carry only what the recipient needs to act (case number,
 * what happened, the due time, what to do): a mail travels through servers and inboxes outside the case file's
 * access checks, and the facts of a case are 要配慮個人情報 (個人情報保護法第2条第3項: disability, being a victim).
 * The person's name, the free-text description and anything about the reporter (第8条 and others) never go into a
 * mail. Why, and how the prefecture gets the legal details instead: docs/abuse-report.md, "6. 選択した点" 13.
 */
final class NotificationTexts {

  record Text(String subject, String body) {}

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm")
      .withZone(TimeConfiguration.JAPAN);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日")
      .withZone(TimeConfiguration.JAPAN);
  private static final String FOOTER = "（kikan-flow からの自動送信です。このメールには返信できません。）";

  private NotificationTexts() {}

  static Text safetyEscalation(String caseNumber, Instant safetyDue) {
    return new Text("【至急】安全確認の期限超過: 事案 " + caseNumber, String.join("\n",
        "センター長・管理者 各位",
        "",
        "事案 " + caseNumber + " の事実確認・安全確認（訪問）が、期限（" + DATE_TIME.format(safetyDue) + "）を過ぎても完了していません。",
        "Tasklist の「安全確認期限超過への対応」で、対応を決めて記録してください。",
        "",
        "個人情報保護のため、このメールには本人の情報や事案の内容を記載していません。Tasklist と事案の記録で確認してください。",
        FOOTER));
  }

  static Text prefecture(AbuseNotification.Kind kind, String caseNumber, String prefecture, String centerName,
      String facilityName, Instant receivedAt, Collection<AbuseType> suspectedTypes) {
    boolean facility = kind == AbuseNotification.Kind.PREFECTURE_REPORT;
    String subject = (facility ? "障害者福祉施設従事者等による障害者虐待の報告（第17条）: " : "使用者による障害者虐待の通知（第24条）: ")
        + caseNumber;
    return new Text(subject, String.join("\n",
        prefecture + " 障害者虐待担当 御中",
        "",
        facility
            ? "障害者虐待防止法第17条に基づき、障害者福祉施設従事者等による障害者虐待（疑い）について報告します。"
            : "障害者虐待防止法第24条に基づき、使用者による障害者虐待（疑い）について通知します。",
        "",
        "事案番号: " + caseNumber,
        (facility ? "施設・事業所名: " : "事業所名: ") + facilityName,
        "通報等の受付日: " + DATE.format(receivedAt),
        "疑われる虐待の種別: " + suspectedTypes.stream().map(AbuseType::label).sorted()
            .collect(Collectors.joining("、")),
        "報告元: " + centerName,
        "",
        "本人の性別・年齢・障害種別、虐待の内容、市町村の対応など、報告に必要なその他の事項"
            + (facility ? "（施行規則第2条）" : "") + "は、",
        "要配慮個人情報を含むためこのメールには記載していません。貴庁の指定する方法で別途お送りします。",
        FOOTER));
  }
}
