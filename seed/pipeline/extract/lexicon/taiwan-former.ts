/**
 * Taiwan's counties merged into municipalities (台北县 into 新北市, 台中县, 台南县 and 高雄县 into their cities in 2010;
 * 桃园县 made a municipality in 2014): older pages still name them.
 */
export const FORMER_TAIWAN_COUNTIES: readonly string[] = '台北县 台中县 台南县 高雄县 桃园县'.split(' ');
