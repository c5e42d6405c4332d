import { describe, expect, it } from 'vitest';
import {
  captionText,
  isImageFileLine,
  makeImage,
  splitCredit,
} from '../../../../../seed/pipeline/parse/images.ts';

describe('captions', () => {
  it.each([
    [
      '“数智炬生”未来岛亿数街党建联盟正式成立。桃浦镇供图',
      '“数智炬生”未来岛亿数街党建联盟正式成立。',
      '桃浦镇供图',
    ],
    ['图为签约现场。记者 林晓雨 摄', '图为签约现场。', '记者 林晓雨 摄'],
    ['活动现场 记者 张三 李四 摄', '活动现场', '记者 张三 李四 摄'],
    ['园区一期外景 王海峰 摄', '园区一期外景', '王海峰 摄'],
    ['发布会现场。（东陵集团供图）', '发布会现场。', '东陵集团供图'],
    ['揭牌仪式。（图片来源：某某网）', '揭牌仪式。', '图片来源：某某网'],
    ['簽約儀式現場。記者 許家豪 攝', '簽約儀式現場。', '記者 許家豪 攝'],
    [
      '联盟成立现场,首批成员单位代表合影。深圳特区报记者 郑嘉宁 摄',
      '联盟成立现场,首批成员单位代表合影。',
      '深圳特区报记者 郑嘉宁 摄',
    ],
    ['签约仪式现场 新民晚报记者 徐芷若 摄', '签约仪式现场', '新民晚报记者 徐芷若 摄'],
  ])('%s', (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit });
  });

  it('keeps a caption without a credit whole', () => {
    expect(splitCredit('参会嘉宾合影。')).toEqual({ caption: '参会嘉宾合影。' });
  });

  it('recognises caption lines and image file lines', () => {
    expect(captionText('图说:“数智炬生”未来岛亿数街党建联盟正式成立。桃浦镇供图')).toBe(
      '“数智炬生”未来岛亿数街党建联盟正式成立。桃浦镇供图',
    );
    expect(captionText('图注：现场。')).toBe('现场。');
    expect(captionText('图为签约现场。')).toBe('图为签约现场。');
    expect(captionText('图:工程师演示机器人。')).toBe('工程师演示机器人。');
    expect(captionText('▲联盟成立现场。')).toBe('▲联盟成立现场。');
    expect(makeImage('a.jpg', '▲联盟成立现场。某某 摄')).toEqual({
      file: 'a.jpg',
      caption: '联盟成立现场。',
      credit: '某某 摄',
    });
    expect(captionText('图书馆今天开放。')).toBeUndefined();
    expect(isImageFileLine('600.jpg')).toBe(true);
    expect(isImageFileLine('/uploads/2023/05/sign.JPEG')).toBe(true);
    expect(isImageFileLine('参会嘉宾共同观看了影片.jpg 之后')).toBe(false);
  });
});
