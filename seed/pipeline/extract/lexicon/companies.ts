/** Words of company names. */

/** Trade words a company's name may end its core with (瀚澜智能科技 → 瀚澜智能): its short forms drop them. */
export const TRADE_ENDINGS: readonly string[] = (
  '科技 技术 生物 信息 数据 智能 电子 微电子 半导体 新能源 汽车 零部件 汽车零部件 ' +
  '汽车电子 传动 传动技术 机器人 医疗器械 食品 海洋食品 渔业 远洋渔业 船舶修造 实业 投资 ' +
  '发展 产业 数字产业 装备 设备 材料 医药 制药 软件 网络 通信 能源 环保 建设 工程 ' +
  '贸易 物流 管理 服务 咨询 文化 传媒 运营管理 产业园 精密 工业 制造 ' +
  '化工 纺织 家私 家具 机械 电器 电气 光电 建材 钢铁 铝业 服饰 服装 药业 重工 五金 塑胶 陶瓷 包装 印务 置业'
).split(' ');
