//! The normalised view of a plan's text that every rule reads, with the way back to the original.
//!
//! Rules match on a folded copy of the text: full-width ASCII becomes ASCII, traditional
//! characters that occur in cue words and units become simplified (a small table, not a converter),
//! and spaces and tabs are dropped (so `到 2025 年` reads as `到2025年`). Each folded character
//! remembers where it came from, so a quote is always an exact slice of the input.

/// The folded text and, for each folded character, its place in the original.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// Folded characters.
    pub chars: Vec<char>,
    /// For each folded character: its char offset in the original text.
    pub char_at: Vec<usize>,
    /// For each folded character: its byte offset in the original text.
    pub byte_at: Vec<usize>,
    /// For each folded character: the byte length of the original character.
    pub byte_len: Vec<usize>,
}

/// An exact span of the original text, in chars and in bytes (end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Span {
    pub char_start: usize,
    pub char_end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

/// Folds `text` for matching; see the module docs.
pub fn fold(text: &str) -> Folded {
    let mut out = Folded::default();
    for (ci, (bi, c)) in text.char_indices().enumerate() {
        if c == ' ' || c == '\t' || c == '\u{3000}' || c == '\u{a0}' || c == '\r' {
            continue;
        }
        // Decorative symbols spliced between a spam copy's phrases (到2028年✿✿★✿◈,) are no
        // characters of the text; at a line's start they mark a list's items and stay.
        let line_start = out.chars.last().is_none_or(|p| *p == '\n');
        if decorative(c) && !line_start {
            continue;
        }
        out.chars.push(fold_char(c));
        out.char_at.push(ci);
        out.byte_at.push(bi);
        out.byte_len.push(c.len_utf8());
    }
    drop_pinyin_glosses(&mut out);
    out
}

/// Is `c` a pictograph, a dingbat or a geometric shape (✿, ★, ◈, ●), which plan text uses only to
/// mark a list's items? (Not ○ and ◯, which write the zero of years in words, 二○二二年.)
fn decorative(c: char) -> bool {
    matches!(c, '\u{25a0}'..='\u{25ff}' | '\u{2600}'..='\u{27bf}') && !matches!(c, '○' | '◯')
}

/// Are `letters` one toneless pinyin syllable (nong, jing, zhuang)? An initial, then a final that
/// starts with a vowel; abbreviations without a vowel (km, kwh) are not.
fn syllable(letters: &[char]) -> bool {
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "r", "z", "c", "s", "y", "w", "",
    ];
    let word: String = letters.iter().collect();
    if word.len() > 6 || !word.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    INITIALS.iter().any(|i| {
        word.strip_prefix(i).is_some_and(|rest| {
            rest.starts_with(['a', 'e', 'i', 'o', 'u', 'v'])
                && rest
                    .trim_start_matches(['a', 'e', 'i', 'o', 'u', 'v'])
                    .chars()
                    .all(|c| matches!(c, 'n' | 'g' | 'r'))
        })
    })
}

/// Is `c` a letter of Hanyu Pinyin (with tone marks)?
fn pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c)
}

/// Drops the inline pinyin glosses of machine-converted text (`經(jīng)濟`), which would split cue
/// words and names: a `(`, one to seven pinyin letters with at least one tone mark (or one
/// toneless syllable), `)`, right after a Han character or another gloss.
fn drop_pinyin_glosses(f: &mut Folded) {
    let n = f.chars.len();
    let mut keep = vec![true; n];
    let mut i = 1;
    // Index after the last gloss dropped: a gloss may follow another (農(nong)(nong)).
    let mut after_gloss = 0;
    while i < n {
        if f.chars[i] == '(' && (!f.chars[i - 1].is_ascii() || after_gloss == i) {
            let mut j = i + 1;
            while j < n && j - i <= 7 && pinyin_letter(f.chars[j]) {
                j += 1;
            }
            let letters = &f.chars[i + 1..j.min(n)];
            let marked = letters.iter().any(|c| !c.is_ascii());
            if j < n && f.chars[j] == ')' && j > i + 1 && (marked || syllable(letters)) {
                for k in keep.iter_mut().take(j + 1).skip(i) {
                    *k = false;
                }
                i = j + 1;
                after_gloss = i;
                continue;
            }
        }
        i += 1;
    }
    if keep.iter().all(|k| *k) {
        return;
    }
    let mut k = keep.iter();
    f.chars.retain(|_| *k.next().unwrap_or(&true));
    let mut k = keep.iter();
    f.char_at.retain(|_| *k.next().unwrap_or(&true));
    let mut k = keep.iter();
    f.byte_at.retain(|_| *k.next().unwrap_or(&true));
    let mut k = keep.iter();
    f.byte_len.retain(|_| *k.next().unwrap_or(&true));
}

/// The original span covered by folded characters `start..end` (clamped to the text).
pub fn span(f: &Folded, start: usize, end: usize) -> Option<Span> {
    let end = end.min(f.chars.len());
    if start >= end {
        return None;
    }
    let last = end - 1;
    Some(Span {
        char_start: *f.char_at.get(start)?,
        char_end: f.char_at.get(last)? + 1,
        byte_start: *f.byte_at.get(start)?,
        byte_end: f.byte_at.get(last)? + f.byte_len.get(last)?,
    })
}

/// The original text of a span; empty when the span does not fit the text.
pub fn slice(text: &str, s: Span) -> &str {
    text.get(s.byte_start..s.byte_end).unwrap_or("")
}

/// The folded characters `start..end` as a string (clamped).
pub fn folded_str(f: &Folded, start: usize, end: usize) -> String {
    let end = end.min(f.chars.len());
    if start >= end {
        return String::new();
    }
    f.chars[start..end].iter().collect()
}

/// Folds one character: full-width ASCII to ASCII, some punctuation to one form, traditional to
/// simplified for the characters in [`T2S`].
pub fn fold_char(c: char) -> char {
    match c {
        // Full-width ASCII, including ，；：（）．～ and full-width digits.
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '〜' | '–' | '—' | '―' => '-',
        // Quotation marks of traditional script (「十五五」時期) as those of simplified script.
        '「' => '“',
        '」' => '”',
        _ => match T2S.binary_search_by(|(t, _)| t.cmp(&c)) {
            Ok(i) => T2S[i].1,
            Err(_) => c,
        },
    }
}

/// Traditional → simplified for characters that occur in cue words, units, agency names and
/// indicator names of plans. Sorted by the traditional character (checked by a test).
pub const T2S: &[(char, char)] = &[
    ('並', '并'),
    ('佔', '占'),
    ('併', '并'),
    ('來', '来'),
    ('個', '个'),
    ('們', '们'),
    ('倫', '伦'),
    ('備', '备'),
    ('傳', '传'),
    ('債', '债'),
    ('僅', '仅'),
    ('價', '价'),
    ('億', '亿'),
    ('優', '优'),
    ('兒', '儿'),
    ('內', '内'),
    ('兩', '两'),
    ('冊', '册'),
    ('別', '别'),
    ('則', '则'),
    ('創', '创'),
    ('劃', '划'),
    ('劇', '剧'),
    ('動', '动'),
    ('務', '务'),
    ('勞', '劳'),
    ('勢', '势'),
    ('勵', '励'),
    ('區', '区'),
    ('協', '协'),
    ('參', '参'),
    ('員', '员'),
    ('啓', '启'),
    ('啟', '启'),
    ('單', '单'),
    ('噸', '吨'),
    ('國', '国'),
    ('圍', '围'),
    ('園', '园'),
    ('圖', '图'),
    ('團', '团'),
    ('執', '执'),
    ('報', '报'),
    ('場', '场'),
    ('塊', '块'),
    ('墊', '垫'),
    ('壓', '压'),
    ('壯', '壮'),
    ('壽', '寿'),
    ('婦', '妇'),
    ('嬰', '婴'),
    ('學', '学'),
    ('實', '实'),
    ('審', '审'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('導', '导'),
    ('屆', '届'),
    ('層', '层'),
    ('屬', '属'),
    ('峯', '峰'),
    ('島', '岛'),
    ('師', '师'),
    ('帶', '带'),
    ('幣', '币'),
    ('幾', '几'),
    ('廁', '厕'),
    ('廠', '厂'),
    ('廢', '废'),
    ('廣', '广'),
    ('廳', '厅'),
    ('張', '张'),
    ('強', '强'),
    ('後', '后'),
    ('從', '从'),
    ('態', '态'),
    ('應', '应'),
    ('戶', '户'),
    ('掛', '挂'),
    ('採', '采'),
    ('換', '换'),
    ('撥', '拨'),
    ('擁', '拥'),
    ('據', '据'),
    ('擬', '拟'),
    ('擴', '扩'),
    ('數', '数'),
    ('斷', '断'),
    ('於', '于'),
    ('時', '时'),
    ('書', '书'),
    ('會', '会'),
    ('東', '东'),
    ('條', '条'),
    ('棄', '弃'),
    ('棟', '栋'),
    ('業', '业'),
    ('極', '极'),
    ('構', '构'),
    ('樓', '楼'),
    ('標', '标'),
    ('樣', '样'),
    ('機', '机'),
    ('檔', '档'),
    ('檢', '检'),
    ('欄', '栏'),
    ('權', '权'),
    ('歡', '欢'),
    ('歲', '岁'),
    ('歷', '历'),
    ('歸', '归'),
    ('氣', '气'),
    ('沒', '没'),
    ('況', '况'),
    ('淨', '净'),
    ('減', '减'),
    ('測', '测'),
    ('準', '准'),
    ('滿', '满'),
    ('濃', '浓'),
    ('濕', '湿'),
    ('濟', '济'),
    ('灣', '湾'),
    ('為', '为'),
    ('無', '无'),
    ('熱', '热'),
    ('營', '营'),
    ('爐', '炉'),
    ('爭', '争'),
    ('爲', '为'),
    ('牀', '床'),
    ('牽', '牵'),
    ('狀', '状'),
    ('獎', '奖'),
    ('獲', '获'),
    ('獻', '献'),
    ('現', '现'),
    ('環', '环'),
    ('產', '产'),
    ('畝', '亩'),
    ('畫', '画'),
    ('當', '当'),
    ('療', '疗'),
    ('發', '发'),
    ('盞', '盏'),
    ('監', '监'),
    ('眾', '众'),
    ('確', '确'),
    ('碼', '码'),
    ('礎', '础'),
    ('礦', '矿'),
    ('稅', '税'),
    ('種', '种'),
    ('稱', '称'),
    ('積', '积'),
    ('穩', '稳'),
    ('筆', '笔'),
    ('節', '节'),
    ('範', '范'),
    ('築', '筑'),
    ('糧', '粮'),
    ('紀', '纪'),
    ('約', '约'),
    ('級', '级'),
    ('細', '细'),
    ('紹', '绍'),
    ('組', '组'),
    ('結', '结'),
    ('給', '给'),
    ('統', '统'),
    ('經', '经'),
    ('維', '维'),
    ('綱', '纲'),
    ('網', '网'),
    ('線', '线'),
    ('編', '编'),
    ('緩', '缓'),
    ('縣', '县'),
    ('縮', '缩'),
    ('總', '总'),
    ('績', '绩'),
    ('織', '织'),
    ('繞', '绕'),
    ('續', '续'),
    ('習', '习'),
    ('聞', '闻'),
    ('聯', '联'),
    ('職', '职'),
    ('臺', '台'),
    ('與', '与'),
    ('興', '兴'),
    ('舉', '举'),
    ('萬', '万'),
    ('著', '着'),
    ('蓋', '盖'),
    ('薦', '荐'),
    ('藝', '艺'),
    ('藥', '药'),
    ('蘇', '苏'),
    ('處', '处'),
    ('衆', '众'),
    ('術', '术'),
    ('衛', '卫'),
    ('裏', '里'),
    ('補', '补'),
    ('裝', '装'),
    ('裡', '里'),
    ('製', '制'),
    ('見', '见'),
    ('規', '规'),
    ('視', '视'),
    ('觀', '观'),
    ('計', '计'),
    ('設', '设'),
    ('評', '评'),
    ('試', '试'),
    ('認', '认'),
    ('說', '说'),
    ('課', '课'),
    ('調', '调'),
    ('講', '讲'),
    ('證', '证'),
    ('護', '护'),
    ('讀', '读'),
    ('讓', '让'),
    ('貝', '贝'),
    ('負', '负'),
    ('財', '财'),
    ('貢', '贡'),
    ('責', '责'),
    ('貸', '贷'),
    ('費', '费'),
    ('貼', '贴'),
    ('貿', '贸'),
    ('資', '资'),
    ('質', '质'),
    ('購', '购'),
    ('車', '车'),
    ('軟', '软'),
    ('較', '较'),
    ('輕', '轻'),
    ('輛', '辆'),
    ('輪', '轮'),
    ('輯', '辑'),
    ('輸', '输'),
    ('轉', '转'),
    ('辦', '办'),
    ('農', '农'),
    ('這', '这'),
    ('進', '进'),
    ('遊', '游'),
    ('運', '运'),
    ('過', '过'),
    ('達', '达'),
    ('遞', '递'),
    ('遠', '远'),
    ('適', '适'),
    ('遲', '迟'),
    ('選', '选'),
    ('遺', '遗'),
    ('遼', '辽'),
    ('還', '还'),
    ('鄉', '乡'),
    ('醫', '医'),
    ('銷', '销'),
    ('鋼', '钢'),
    ('鍋', '锅'),
    ('鎮', '镇'),
    ('鏈', '链'),
    ('鐘', '钟'),
    ('鐵', '铁'),
    ('長', '长'),
    ('門', '门'),
    ('開', '开'),
    ('間', '间'),
    ('閱', '阅'),
    ('閲', '阅'),
    ('關', '关'),
    ('陽', '阳'),
    ('隊', '队'),
    ('階', '阶'),
    ('際', '际'),
    ('險', '险'),
    ('雙', '双'),
    ('離', '离'),
    ('電', '电'),
    ('響', '响'),
    ('頃', '顷'),
    ('項', '项'),
    ('須', '须'),
    ('預', '预'),
    ('領', '领'),
    ('頭', '头'),
    ('顆', '颗'),
    ('額', '额'),
    ('類', '类'),
    ('顧', '顾'),
    ('顯', '显'),
    ('風', '风'),
    ('養', '养'),
    ('餘', '余'),
    ('館', '馆'),
    ('驗', '验'),
    ('體', '体'),
    ('麼', '么'),
    ('點', '点'),
    ('齊', '齐'),
    ('齡', '龄'),
    ('龍', '龙'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(T2S.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(T2S.iter().all(|(t, s)| t != s));
    }

    #[test]
    fn folding_keeps_offsets() {
        let text = "到 ２０２５ 年，力爭達到1.2萬件";
        let f = fold(text);
        let s: String = f.chars.iter().collect();
        assert_eq!(s, "到2025年,力争达到1.2万件");
        let sp = span(&f, 0, f.chars.len()).unwrap_or(Span {
            char_start: 0,
            char_end: 0,
            byte_start: 0,
            byte_end: 0,
        });
        assert_eq!(slice(text, sp), text);
    }
}
