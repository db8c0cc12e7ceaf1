
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'state.error': `Could not load the content.`,
'state.loading': `Loading…`,
'state.reload': `Reload`,
'state.retry': `Try again`,
'state.stale': `This content may be out of date.`,
    };
  