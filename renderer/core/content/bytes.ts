// Byte helpers of the content pack. UTF-8, hexadecimal, SHA-256 and joining bytes live in the text and
// bytes module (renderer/core/text); the pack code keeps its short names for UTF-8.

export { concatBytes, utf8Bytes as utf8, utf8Text as fromUtf8 } from '../text';
