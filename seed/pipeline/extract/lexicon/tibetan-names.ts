/**
 * Parts of Tibetan personal names as Chinese writes them (次仁多吉, 扎西次仁, 格桑卓玛): no surname, read like the
 * Mongolian names of ./mongolian-names.ts (two or more parts, three to six characters). Common public name elements.
 */
export const TIBETAN_NAME_PARTS: readonly string[] = (
  '扎西 次仁 多吉 尼玛 达瓦 央金 卓玛 拉姆 格桑 平措 顿珠 旺堆 索朗 普布 巴桑 罗布 边巴 洛桑 强巴 丹增 ' +
  '益西 措姆 德吉 白玛 贡嘎 桑珠 嘎玛 群培 曲珍 次旦 旺姆 仁增 加措 琼达 土登 米玛 拉巴 其美 欧珠 次珍 ' +
  '阿旺 贡布 多布杰 坚参 泽仁 旦增 德庆 索南 曲尼 巴珠'
).split(' ');
