// Layout of the shared input buffer that lets input() in the worker wait
// for the page's answer (see worker.js readInput and runner.js answerInput).
//
//   Int32 [0]  state: 0 waiting, 1 answered, 2 cancelled (Stop or end of input)
//   Int32 [1]  length in bytes of the UTF-8 answer
//   bytes 8..  the answer
export const INPUT_STATE = 0;
export const INPUT_LENGTH = 1;
export const INPUT_HEADER_BYTES = 8;
export const INPUT_ANSWERED = 1;
export const INPUT_CANCELLED = 2;
// Longer answers are cut at a character boundary below this size.
export const INPUT_CAPACITY = 1 << 20;
