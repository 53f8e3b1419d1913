package org.w3id.apecdekg.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;
import org.w3id.apecdekg.report.ReportReader;

/**
 * Reads text and Markdown reports. The encoding is the one named ({@code --encoding}), else a byte
 * order mark's (UTF-8, UTF-16 LE/BE), else UTF-8 when the bytes are valid UTF-8, else the one of
 * Big5 and GB18030 (older Traditional and Simplified Chinese reports) whose decoding reads as more
 * common Chinese text. Binary content and text that no candidate decodes are refused, naming the line.
 */
public final class TextDocumentReader implements DocumentReader {

    /** Share of control characters (other than tab, CR, LF, FF) above which a file counts as binary. */
    static final double MAX_CONTROL_SHARE = 0.02;

    static final Charset BIG5 = Charset.forName("Big5");
    static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * Frequent characters of Chinese prose in both scripts (function words, government and meeting
     * vocabulary); a correct decoding is full of them, a wrong one almost never.
     */
    private static final String COMMON = "的一是在不了有和人這这中大為为上個个國国我以要他時时來来用們们生到作地於于出就分對对成會会可主發发年動动同工也能下過过子說说產产種种面而方後后多定行學学法所民得經经十三之進进着等部度家電电力裡里如水化高自二理起小物現现實实加量都兩两體体制機机當当使點点從从業业本去把性好應应開开它合還还因由其些然前外天政四日那社義义事平形相全表間间樣样與与關关各重新線线內内數数正心反你明看原又么利比或但質质氣气第向道命此變变話话條条只沒没結结解問问意建月公無无系軍军很情者最立代想已通並并提直題题黨党程展五果料象員员革位入常文總总次品式活設设及管特件長长求老頭头基資资邊边流路級级少圖图山統统接知較较將将組组見见計计別别她手角期根論论運运農农指幾几九區区強强放決决西被幹干做必戰战先回則则任取據据處处隊队南給给色光門门即保治北造百規规熱热領领七海口東东導导器壓压志世金增爭争濟济階阶油思術术極极交受聯联什認认六共權权收證证改清己美再採采轉转更單单風风切打白教速花帶带安場场身車车例真務务具萬万每目至達达走積积示議议聲声報报鬥斗完類类八離离華华名確确才科張张信馬马節节話米整空元況况今集溫温傳传土許许步群廣广石記记需段研界拉林律叫且究觀观越織织裝装影算低持音眾众書书布复容兒儿須须際际商非驗验連连斷断深難难近礦矿千週周委素技備备半辦办青省列習习響响約约支般史感勞劳便團团往酸歷历市克何除消構构府稱称太準准精值號号率族維维劃划選选標标寫写存候毛親亲快效斯院查江型眼王按格養养易置派層层片始卻却專专狀状育廠厂京識识適适屬属圓圆包火住調调滿满縣县局照參参紅红細细引聽听該该鐵铁價价嚴严首底液官德隨随病蘇苏失爾尔死講讲配女黃黄推顯显談谈罪神藝艺呢席含企望密批營营項项防舉举球英氧勢势告李台落木幫帮輪轮破亞亚師师圍围注遠远字材排供河態态封另施減减樹树溶怎止案言士均武固葉叶魚鱼波視视僅仅費费緊紧愛爱左章早朝害續续輕轻服試试食充兵源判護护司足某練练差致板田降黑犯負负擊击范繼继興兴似餘余堅坚曲輸输修故城夫夠够送筆笔船佔占右財财吃富春職职覺觉漢汉畫画功巴跟雖虽雜杂飛飞檢检吸助昇升陽阳互初創创抗考投壞坏策古徑径換换未跑留鋼钢曾端責责站簡简述錢钱副盡尽帝射草衝冲承獨独令限阿宣環环雙双請请超微讓让控州良軸轴找否紀纪益依優优頂顶礎础載载倒房突坐粉敵敌略客袁冷勝胜絕绝析塊块劑剂測测絲丝協协訴诉念陳陈仍羅罗鹽盐友洋錯错苦夜刑移頻频逐靠混母短皮終终聚汽村雲云哪既距衛卫停烈央察燒烧迅境若印洲刻括激孔搞甚室待核校散侵吧甲遊游久菜味舊旧模湖貨货損损預预阻毫普穩稳乙媽妈植息擴扩銀银語语揮挥酒守拿序紙纸醫医缺雨嗎吗針针劉刘啊急唱誤误訓训願愿審审附獲获茶鮮鲜糧粮斤孩脫脱硫肥善龍龙演父漸渐血歡欢械掌歌沙剛刚攻謂谓盾討讨晚粒亂乱燃矛乎殺杀藥药寧宁魯鲁貴贵鐘钟煤讀读班伯香介迫句豐丰培握蘭兰擔担弦蛋沉假穿執执答樂乐誰谁順顺煙烟縮缩徵征臉脸喜松腳脚困異异免背星福買买染井概慢怕磁倍祖皇促靜静補补評评翻肉踐践尼衣寬宽揚扬棉希傷伤操垂秋宜氫氢套督振架亮末憲宪慶庆編编牛觸触映雷銷销詩诗座居抓裂胞呼娘景威綠绿晶厚盟衡雞鸡孫孙延危膠胶屋鄉乡臨临陸陆顧顾掉呀燈灯歲岁措束耐劇剧玉趙赵跳哥季課课凱凯胡額额款紹绍卷齊齐偉伟蒸殖永宗苗川爐炉岩弱零楊杨奏沿露桿杆探滑鎮镇飯饭濃浓航懷怀趕赶庫库奪夺伊靈灵稅税途滅灭賽赛歸归召鼓播盤盘裁險险康唯錄录菌純纯借糖蓋盖橫横符私努堂域槍枪潤润幅哈竟熟蟲虫澤泽腦脑壤碳歐欧遍側侧寨敢徹彻慮虑斜薄庭納纳彈弹飼饲伸折麥麦濕湿暗荷瓦塞床築筑惡恶戶户訪访塔奇透梁刀旋跡迹卡氯遇份毒泥退洗擺摆灰彩賣卖耗夏擇择忙銅铜獻献硬予繁圈雪函亦抽篇陣阵陰阴丁尺追堆雄迎泛爸樓楼避謀谋噸吨野豬猪旗累偏典館馆索秦脂潮爺爷豆忽托驚惊塑遺遗愈朱替纖纤粗傾倾尚痛楚謝谢奮奋購购磨君池旁碎骨監监捕弟暴割貫贯殊釋释詞词亡壁頓顿寶宝午塵尘聞闻揭炮殘残冬橋桥婦妇警綜综招吳吴付浮遭徐您搖摇谷贊赞箱隔訂订男吹園园紛纷唐敗败宋玻巨耕坦榮荣閉闭灣湾鍵键凡駐驻鍋锅救恩剝剥凝鹼碱齒齿截煉炼麻紡纺禁廢废盛版緩缓淨净睛昌婚涉筒嘴插岸朗莊庄街藏姑貿贸腐奴啦慣惯乘夥伙恢勻匀紗纱扎辯辩耳彪臣億亿璃抵脈脉秀薩萨俄網网舞店噴喷縱纵寸汗掛挂洪賀贺閃闪柬爆烯津稻牆墙軟软勇像滾滚厘蒙芳肯坡柱盪荡腿儀仪旅尾軋轧冰貢贡登黎削鑽钻勒逃障氨郭峰幣币港伏軌轨畝亩畢毕擦莫刺浪秘援株健售股島岛甘泡睡童鑄铸湯汤閥阀休匯汇舍牧繞绕炸哲磷績绩朋淡尖啟启陷柴呈徒顏颜淚泪稍忘泵藍蓝拖洞授鏡镜辛壯壮鋒锋貧贫虛虚彎弯摩泰幼廷尊窗綱纲弄隸隶疑氏宮宫姐震瑞怪尤琴循描膜違违夾夹腰緣缘珠窮穷森枝竹溝沟催繩绳憶忆邦剩幸漿浆欄栏擁拥牙貯贮禮礼濾滤鈉钠紋纹罷罢拍咱喊袖埃勤罰罚焦潛潜伍墨欲縫缝姓刊飽饱仿獎奖鋁铝鬼麗丽跨默挖鏈链掃扫喝袋炭污幕諸诸弧勵励梅奶潔洁災灾舟鑑鉴苯訟讼抱毀毁懂寒智埔寄屆届躍跃渡挑丹艱艰貝贝碰拔爹戴碼码夢梦芽熔赤漁渔哭敬顆颗奔鉛铅仲虎稀妹乏珍申桌遵允隆螺倉仓魏銳锐曉晓氮兼隱隐礙碍赫撥拨忠肅肃缸牽牵搶抢博巧殼壳兄杜訊讯誠诚碧祥柯頁页巡矩悲灌齡龄倫伦票尋寻桂鋪铺聖圣恐恰鄭郑趣抬荒騰腾貼贴柔滴猛闊阔輛辆妻填撤儲储簽签鬧闹擾扰紫砂遞递戲戏吊陶伐餵喂療疗瓶婆撫抚臂摸忍蝦虾蠟蜡鄰邻胸鞏巩擠挤偶棄弃槽勁劲乳鄧邓吉仁爛烂磚砖租烏乌艦舰伴瓜淺浅丙暫暂燥橡柳迷暖牌秧膽胆詳详簧踏瓷譜谱呆賓宾糊洛輝辉憤愤競竞隙怒粘乃緒绪肩籍敏塗涂熙皆偵侦懸悬掘享糾纠醒狂鎖锁淀恨牲霸爬賞赏逆玩陵祝秒浙貌役彼悉鴨鸭趨趋鳳凤晨畜輩辈秩卵署梯炎灘滩棋驅驱篩筛峽峡冒啥壽寿譯译浸泉帽遲迟矽疆貸贷漏稿冠嫩脅胁芯牢叛蝕蚀奧奥鳴鸣嶺岭羊憑凭串塘繪绘酵融盆錫锡廟庙籌筹凍冻輔辅攝摄襲袭筋拒僚旱鉀钾鳥鸟漆沈眉疏添棒穗硝韓韩逼扭僑侨涼凉挺碗栽炒杯患餾馏勸劝豪遼辽勃鴻鸿旦吏拜狗埋輥辊掩飲饮搬罵骂辭辞勾扣估蔣蒋絨绒霧雾丈朵姆擬拟宇輯辑陝陕雕償偿蓄崇剪倡廳厅咬駛驶薯刷斥番賦赋奉佛澆浇漫曼扇鈣钙桃扶仔返俗虧亏腔鞋棱覆框悄叔撞騙骗勘旺沸孤吐孟渠屈疾妙惜仰狠脹胀諧谐拋抛黴霉桑崗岗嘛衰盜盗滲渗臟脏賴赖湧涌甜曹閱阅肌哩厲厉烴烃緯纬毅昨偽伪症煮嘆叹釘钉搭莖茎籠笼酷偷弓錐锥恆恒傑杰坑鼻翼綸纶敘叙獄狱逮罐絡络棚抑膨蔬寺驟骤穆冶枯冊册屍尸凸紳绅坯犧牺焰轟轰欣晉晋瘦禦御錠锭錦锦喪丧旬鍛锻壟垄搜撲扑邀亭酯邁迈舒脆酶閒闲憂忧酚頑顽羽漲涨卸仗陪闢辟懲惩杭姚肚捉飄飘漂昆欺吾郎烷汁呵飾饰蕭萧雅郵邮遷迁燕撒姻赴宴煩烦債债帳帐斑鈴铃旨醇董餅饼雛雏姿拌傅腹妥揉賢贤拆歪葡胺丟丢浩徽昂墊垫擋挡覽览貪贪慰繳缴汪慌馮冯諾诺姜誼谊兇凶劣誣诬耀昏躺盈騎骑喬乔溪叢丛盧卢抹悶闷諮咨刮駕驾纜缆悟摘鉺铒擲掷頗颇幻柄惠慘惨佳仇臘腊窩窝滌涤劍剑瞧堡潑泼蔥葱罩霍撈捞胎蒼苍濱滨倆俩捅湘砍霞邵萄瘋疯淮遂熊糞粪烘宿檔档戈駁驳嫂裕徙箭捐腸肠撐撑曬晒辨殿蓮莲攤摊攪搅醬酱屏疫哀蔡堵沫皺皱暢畅疊叠閣阁萊莱敲轄辖鉤钩痕壩坝巷餓饿禍祸丘玄溜曰邏逻彭嘗尝卿妨艇吞韋韦怨矮歇";

    @Override
    public SourceFormat format() {
        return SourceFormat.TEXT;
    }

    @Override
    public ReportDocument read(SourceFile file) {
        String name = file.name();
        byte[] bytes = file.bytes();
        String text = decode(name, bytes, file.encoding());
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        checkControl(text, name);
        if (text.isBlank()) {
            throw new ReportFormatException(name, 1, "file has no text (blank)");
        }
        return new ReportDocument(ReportReader.slugOf(name), name, text, file.sha256());
    }

    static String decode(String name, byte[] bytes, Charset named) {
        if (named != null) {
            return decodeStrict(bytes, named, name);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return decodeStrict(bytes, StandardCharsets.UTF_16BE, name).substring(1);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return decodeStrict(bytes, StandardCharsets.UTF_16LE, name).substring(1);
        }
        checkBinary(bytes, name);
        if (isUtf8(bytes)) {
            return decodeStrict(bytes, StandardCharsets.UTF_8, name);
        }
        String big5 = tryDecode(bytes, BIG5);
        String gb = tryDecode(bytes, GB18030);
        if (big5 == null && gb == null) {
            return decodeStrict(bytes, StandardCharsets.UTF_8, name); // throws, naming the position
        }
        double big5Score = big5 == null ? -1 : commonShare(big5);
        double gbScore = gb == null ? -1 : commonShare(gb);
        String best = big5Score >= gbScore ? big5 : gb;
        if (Math.max(big5Score, gbScore) < 0.3) {
            // neither reads as Chinese: report the first invalid UTF-8 byte, the most likely fault
            return decodeStrict(bytes, StandardCharsets.UTF_8, name);
        }
        return best;
    }

    /** Share of Han characters that are among the common ones (a wrong decoding gives rare ones). */
    static double commonShare(String s) {
        long han = 0;
        long common = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (COMMON.indexOf(c) >= 0) {
                    common++;
                }
            }
        }
        return han == 0 ? 0 : (double) common / han;
    }

    private static boolean isUtf8(byte[] bytes) {
        return tryDecode(bytes, StandardCharsets.UTF_8) != null;
    }

    private static String tryDecode(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void checkBinary(byte[] bytes, String name) {
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ReportFormatException(name, line, "binary file (NUL byte at byte offset " + i + ")");
            }
            if (bytes[i] == '\n') {
                line++;
            }
        }
    }

    private static void checkControl(String text, String name) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
                control++;
            }
        }
        if (control > 8 && control > text.length() * MAX_CONTROL_SHARE) {
            throw new ReportFormatException(name, 1, "binary file (" + control + " control characters)");
        }
    }

    private static String decodeStrict(byte[] bytes, Charset cs, String name) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 2);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new ReportFormatException(name, lineAt(bytes, offset),
                    "invalid " + cs.name() + " at byte offset " + offset + " (" + result + ")" + hint(cs));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new ReportFormatException(name, lineAt(bytes, bytes.length), "invalid " + cs.name() + " at end of file" + hint(cs));
        }
        out.flip();
        return out.toString();
    }

    private static String hint(Charset cs) {
        return cs.equals(StandardCharsets.UTF_8) ? "; if the file is in another encoding, name it with --encoding" : "";
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
