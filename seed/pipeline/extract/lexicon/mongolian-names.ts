/**
 * Parts of Mongolian personal names as Chinese writes them (乌兰其其格, 巴特尔, 斯琴高娃): no surname, three to six
 * characters made of two or more of these parts. Common public name elements, longest first when read.
 */
export const MONGOLIAN_NAME_PARTS: readonly string[] = (
  '乌兰 其其格 巴特尔 巴特 巴图 巴雅尔 宝音 宝力道 布和 朝鲁 额尔敦 额日和 格日勒 哈斯 吉雅 那仁 那日苏 娜仁 ' +
  '斯琴 苏和 乌力吉 乌云 图雅 萨仁 阿拉坦 敖登 孟和 特木尔 高娃 满都拉 毕力格 达来 嘎拉 其木格 塔娜 ' +
  '托娅 乌日娜 阿古拉 白音 朝格 德力格尔 额尔德尼 呼和 吉日嘎拉 那顺 其力莫格 赛音 苏日 图门 乌恩 ' +
  '巴音 包力高 布仁 达赖 都仁 格根 哈达 花 金 萨日娜 斯日古楞 陶克陶 乌力更 扎那 照日格图 满都呼 格日乐'
)
  .split(' ')
  .filter((p) => p.length >= 2);
