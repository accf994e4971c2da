package jp.renkei.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.renkei.PdfInspection;
import jp.renkei.shared.report.ReportRenderer;

/** The referral letter (診療情報提供書) template: parameters only, Japanese text embedded and extractable. */
class ReferralLetterTemplateTest {

    private static final Path ARTIFACT = Path.of("target", "e2e-artifacts", "referral-letter-sample.pdf");
    private static final Path ARTIFACT_WITHOUT_ELIGIBILITY = Path.of("target", "e2e-artifacts",
            "referral-letter-short.pdf");

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void letterEmbedsJapaneseFontAndKeepsTheEssentialsExtractable() throws Exception {
        byte[] pdf = renderer.renderPdf("referral-letter", letterParameters(), List.of(), Locale.JAPAN);

        PdfInspection.save(pdf, ARTIFACT);
        PdfInspection.assertJapaneseFontEmbedded(ARTIFACT);

        String text = PdfInspection.text(ARTIFACT);
        assertThat(text)
                .contains("診療情報提供書（がんゲノム医療 紹介状）")
                .contains("相模野 花子")
                .contains("東都大学医学部附属病院")
                .contains("相模野中央病院")
                .contains("がんゲノム医療外来 御中")
                .contains("ご高診のほどよろしくお願い申し上げます。")
                .contains("膵管腺癌（PAAD）")
                // the long clinical summary flows onto a second page with the patient repeated in its header
                .containsPattern("1\\s*/\\s*2\\s*ページ")
                .containsPattern("2\\s*/\\s*2\\s*ページ");
        String secondPage = text.substring(text.indexOf('\f') + 1);
        assertThat(secondPage).contains("相模野 花子").contains("R-2025-000418");
    }

    @Test
    void emptyEligibilityNoteLeavesItsRowOut() throws Exception {
        Map<String, Object> parameters = letterParameters();
        parameters.put("eligibilityNote", "");
        parameters.put("clinicalSummary", "2025年3月、膵体部癌 cStage IV（多発肝転移）と診断。");

        byte[] pdf = renderer.renderPdf("referral-letter", parameters, List.of(), Locale.JAPAN);
        PdfInspection.save(pdf, ARTIFACT_WITHOUT_ELIGIBILITY);

        String text = PdfInspection.text(ARTIFACT_WITHOUT_ELIGIBILITY);
        assertThat(text).contains("相模野 花子").contains("添付資料").doesNotContain("保険適用の確認")
                .containsPattern("1\\s*/\\s*1\\s*ページ");
    }

    /** Fictional patient and hospitals. */
    static Map<String, Object> letterParameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", "診療情報提供書（がんゲノム医療 紹介状）");
        p.put("referralNumber", "紹介番号　R-2025-000418");
        p.put("issuedOn", "令和7年11月21日");
        p.put("toHospitalName", "東都大学医学部附属病院");
        p.put("toHospitalAddress", "〒113-8655 東京都文京区本郷台七丁目3番1号");
        p.put("toDepartment", "がんゲノム医療外来 御中\nご担当先生 御侍史");
        p.put("fromHospitalName", "相模野中央病院");
        p.put("fromHospitalAddress", "〒252-0301 神奈川県相模原市南区相模野二丁目15番8号\nTEL 042-700-1234（地域医療連携室）　FAX 042-700-1235");
        p.put("fromPhysicianName", "消化器内科　山野 遥");
        p.put("patientName", "相模野 花子");
        p.put("patientKana", "サガミノ ハナコ");
        p.put("patientBirthDate", "昭和37年4月8日生（63歳）");
        p.put("patientSex", "女性");
        p.put("patientHospitalId", "患者ID 0012-3456");
        p.put("purpose", "がん遺伝子パネル検査 ／ 遺伝カウンセリング ／ エキスパートパネルでの検討");
        p.put("diagnosis", "膵管腺癌（PAAD）　膵体部、多発肝転移");
        p.put("stage", "病期：cT3N1M1　cStage IV（UICC 第8版）");
        p.put("treatmentLine", "治療ライン：二次治療中（ゲムシタビン＋ナブパクリタキセル）");
        p.put("standardTreatment", "標準治療：終了見込み（2025年12月予定）");
        p.put("performanceStatus", "PS（ECOG）：1");
        p.put("clinicalSummary", clinicalSummary());
        p.put("specimen", """
                検体種別：FFPE 組織（超音波内視鏡下穿刺吸引生検 EUS-FNA、膵体部腫瘤）
                採取日：2025年3月12日　固定：10% 中性緩衝ホルマリン、固定時間 24 時間
                腫瘍細胞含有率：約 40%（病理医評価）　ブロック番号：S25-01234 A2（未染色標本 10 枚作製可）""");
        p.put("priorTests", """
                MSI 検査：MSS（2025年4月）
                HER2：陰性　BRCA1/2 生殖細胞系列検査：未実施
                血液検査（2025年11月14日）：CA19-9 1,240 U/mL、CEA 18.2 ng/mL、T-Bil 0.8 mg/dL""");
        p.put("eligibilityNote", "保険適用の確認：標準治療終了見込みのため、保険診療でのがん遺伝子パネル検査の対象と考えます。"
                + "ご本人には検査の目的、結果が治療に結びつく割合、二次的所見の可能性について説明し、受検を希望されています。");
        p.put("attachmentsList", """
                1. 病理診断報告書（2025年3月14日）
                2. 造影CT 画像レポート（2025年11月10日）
                3. 治療経過サマリー（化学療法レジメン一覧）""");
        p.put("closing", "お忙しいところ恐縮ですが、ご高診のほどよろしくお願い申し上げます。");
        p.put("labelTo", "紹介先");
        p.put("labelFrom", "紹介元");
        p.put("labelPatient", "患者");
        p.put("labelPurpose", "紹介目的");
        p.put("labelDiagnosis", "傷病名");
        p.put("labelClinical", "症状経過・治療経過");
        p.put("labelSpecimen", "検体情報");
        p.put("labelPriorTests", "既往の検査");
        p.put("labelEligibility", "適応・同意");
        p.put("labelAttachments", "添付資料");
        p.put("labelSignature", "署名");
        p.put("labelPage", "{0} / {1} ページ");
        return p;
    }

    private static String clinicalSummary() {
        String history = """
                2025年2月、心窩部痛と体重減少（3か月で 6 kg）を主訴に当院消化器内科を受診されました。造影CT にて膵体部に 32 mm の乏血性腫瘤、肝両葉に多発する転移巣を認め、EUS-FNA にて腺癌の診断に至りました。
                2025年3月より一次治療として FOLFIRINOX（mFOLFIRINOX）を開始し、6 コース施行後の評価で原発巣・肝転移とも縮小（PR）を得ましたが、末梢神経障害（Grade 2）と好中球減少の遷延により、8 コース目以降は減量のうえ継続しました。
                2025年8月の CT で肝転移の増大（PD）を認め、同年9月より二次治療としてゲムシタビン＋ナブパクリタキセル療法に変更しております。現在 3 コース目を施行中で、11月の CT では肝転移の一部に再増大を認めており、標準治療は年内で終了の見込みです。
                既往歴：2型糖尿病（内服加療中）、高血圧症。家族歴：母が乳癌（58 歳で診断）、母方叔母が卵巣癌（50 歳代）。喫煙歴なし、飲酒は機会飲酒。
                ご本人・ご家族（夫、長女）は今後の治療選択肢について情報を得たいとの強いご希望があり、治験を含めた治療の可能性についてもご相談させていただければ幸いです。""";
        return history + "\n" + """
                経過中の主な血液所見：CA19-9 は診断時 3,850 U/mL、一次治療 6 コース後 420 U/mL まで低下したのち、8月以降再上昇し 11月には 1,240 U/mL となっています。肝機能・腎機能は概ね保たれており、胆道閉塞の所見はありません。
                栄養状態：食事摂取量は通常の 7 割程度で、膵酵素補充療法を継続しています。疼痛はオピオイド（オキシコドン徐放製剤 10 mg/日）で NRS 2 程度に制御されており、外来通院は自立しています。
                社会的背景：夫と二人暮らし、長女が近隣に在住。就労は休職中です。通院手段は自家用車（夫の運転）で、貴院までの通院にも支障はないとのことです。
                以上、何卒よろしくお願い申し上げます。なお、検体の送付方法および日程につきましては、当院地域医療連携室よりあらためてご連絡いたします。""".repeat(2);
    }
}
