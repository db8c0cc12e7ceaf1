/**
 * A test-runner browser launcher that fails at start-up with an install hint,
 * so a browser config stays importable on machines without that browser.
 */
export function unavailable(name, message) {
  const fail = async () => {
    throw new Error(message);
  };
  return {
    name,
    type: 'unavailable',
    initialize: fail,
    startSession: fail,
    startDebugSession: fail,
    async stop() {},
    async stopSession() {
      return {};
    },
    isActive: () => false,
    getBrowserUrl: () => '',
  };
}
