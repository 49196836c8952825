-- 0016 case material checks: the paper materials the service window received and checked
-- (原件核验), one row per case and material, with the event that said so. A department approves
-- only when every required material is checked here or replaced by an e-certificate
-- (CaseMaterials::readyForDecision); the event carries the codes to the other terminals.
CREATE TABLE case_material_checks (
    case_id       TEXT NOT NULL REFERENCES cases(case_id),
    material_code TEXT NOT NULL,
    checked_at    TEXT NOT NULL,
    checked_by    TEXT NOT NULL,
    event_id      TEXT NOT NULL,
    PRIMARY KEY (case_id, material_code)
) STRICT;
