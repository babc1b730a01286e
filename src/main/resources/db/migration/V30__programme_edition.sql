-- Issue #22, point 1: each programme states the date its texts are correct for (programme.yaml: edition), and the
-- pages say which edition a trainee studies. Filled by the next content import (the files' hash changed).
ALTER TABLE programme ADD COLUMN edition DATE NULL;
