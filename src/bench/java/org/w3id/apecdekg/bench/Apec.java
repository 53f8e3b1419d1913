package org.w3id.apecdekg.bench;

import java.util.List;

/** The real codes and names the synthetic data is built from (as in {@code data/reference/}). */
final class Apec {

    /** The 21 member economies by ISO 3166-1 alpha-2, in the order of {@link #ECONOMY_ZH}. */
    static final List<String> ECONOMIES = List.of("AU", "BN", "CA", "CL", "CN", "HK", "ID", "JP", "KR", "MY", "MX",
            "NZ", "PG", "PE", "PH", "RU", "SG", "TW", "TH", "US", "VN");

    /** Chinese names the extraction dictionaries know ({@code data/dictionaries/economy-aliases.csv}). */
    static final List<String> ECONOMY_ZH = List.of("澳洲", "汶萊", "加拿大", "智利", "中國", "香港", "印尼", "日本", "韓國",
            "馬來西亞", "墨西哥", "紐西蘭", "巴布亞紐幾內亞", "秘魯", "菲律賓", "俄羅斯", "新加坡", "中華台北", "泰國", "美國", "越南");

    /** Fora that run projects and meetings ({@code data/reference/fora.ttl}), most active first. */
    static final List<String> FORA = List.of("DESG", "CTI", "DPS", "TELWG", "SMEWG", "ECSG", "PPSTI", "SCE", "EC",
            "CPLG", "AHSGIE");

    static final List<String> FORA_ZH = List.of("數位經濟指導小組", "貿易暨投資委員會", "資料隱私次級小組", "電信暨資訊工作小組",
            "中小企業工作小組", "電子商務指導小組", "政策夥伴關係科學技術與創新", "經濟暨技術合作資深官員指導委員會", "經濟委員會",
            "競爭政策與法律小組", "網路經濟臨時指導小組");

    static final List<String> STATUSES = List.of("proposed", "ongoing", "completed");

    static final List<String> TOPICS_EN = List.of("Digital Trade", "Data Privacy", "AI Governance", "Digital Identity",
            "Cybersecurity", "E-invoicing", "MSME Digitalisation", "Online Consumer Protection", "Paperless Trade",
            "Digital Inclusion", "Cross-border Data Flows", "Remote Sensing");

    static final List<String> TOPICS_ZH = List.of("數位貿易", "資料隱私", "人工智慧治理", "數位身分", "網路安全", "電子發票",
            "中小企業數位轉型", "線上消費者保護", "無紙化貿易", "數位包容", "跨境資料流動", "遙感技術");

    static final List<String> KINDS_EN = List.of("Workshop on", "Study of", "Capacity Building for", "Policy Dialogue on",
            "Toolkit for", "Survey of");

    static final List<String> KINDS_ZH = List.of("工作坊", "研究", "能力建構", "政策對話", "工具包", "調查");

    private Apec() {}

    static String suffixFunding(String suffix) {
        return switch (suffix) {
            case "A" -> "asf";
            case "S" -> "self-funded";
            case "T" -> "tilf";
            default -> "gpa";
        };
    }
}
