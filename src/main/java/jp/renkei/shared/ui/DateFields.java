package jp.renkei.shared.ui;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;

import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/** Dates typed and shown as 2026-11-21 (2026/11/21 and 20261121 accepted too); Japanese calendar labels in ja. */
public final class DateFields {

    private DateFields() {
    }

    public static void localize(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd");
        if (MessageBundleI18NProvider.supported(picker.getLocale()).equals(MessageBundleI18NProvider.JAPANESE)) {
            i18n.setFirstDayOfWeek(0);
            i18n.setMonthNames(List.of("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月",
                    "12月"));
            i18n.setWeekdays(List.of("日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"));
            i18n.setWeekdaysShort(List.of("日", "月", "火", "水", "木", "金", "土"));
            i18n.setToday(picker.getTranslation("datepicker.today"));
            i18n.setCancel(picker.getTranslation("action.cancel"));
        }
        picker.setI18n(i18n);
    }
}
