package org.cordon.bench.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The shorter forms Chinese company names go by: without the legal form (有限公司), without the province or city
 * in front (浙江, 杭州, 深圳市), and without trailing business words (技术, 数字技术, 通信), down to the brand
 * (华为, 海康威视, 大华). Written for the bundled list's names, simplified and traditional.
 */
final class ChineseShortForms {

    private ChineseShortForms() {}

    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限責任公司",
            "集团有限公司", "集團有限公司", "有限公司", "股份公司", "集团", "集團", "公司", "股份");
    private static final List<String> PLACES = List.of("深圳市", "杭州市", "浙江省", "广东省", "廣東省", "深圳", "杭州",
            "浙江", "北京", "上海", "东莞", "東莞");
    private static final List<String> BUSINESS_WORDS = List.of("数字技术", "數字技術", "创新科技", "創新科技", "科技",
            "技术", "技術", "通信", "通讯", "通訊");

    /** Each shorter form in turn, longest first; empty when the name has none. */
    static List<String> of(String name) {
        List<String> forms = new ArrayList<>();
        String s = stripSuffix(name, LEGAL_FORMS);
        add(forms, name, s);
        for (String place : PLACES) {
            if (s.startsWith(place) && s.length() - place.length() >= 2) {
                s = s.substring(place.length());
                add(forms, name, s);
                break;
            }
        }
        String shorter = stripSuffix(s, BUSINESS_WORDS);
        while (!shorter.equals(s)) {
            s = shorter;
            add(forms, name, s);
            shorter = stripSuffix(s, BUSINESS_WORDS);
        }
        return forms;
    }

    private static String stripSuffix(String s, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= 2) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    private static void add(List<String> forms, String name, String form) {
        if (!form.equals(name) && !forms.contains(form)) {
            forms.add(form);
        }
    }
}
