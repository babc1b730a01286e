-- Issue #22: «НКО», «Малое предприятие», «Структурное подразделение» are kinds of organisation, not organisational-legal
-- forms. Stored values move to the real forms (see LegalForm). The form is read from the name where the name says
-- it (АНО, ООО, ИП, фонд, общественная организация ...); an NGO whose name does not say its form becomes «Иная
-- некоммерческая организация», a business «Иная коммерческая организация», so nothing moves between the report's
-- figures (NGOs and small businesses stay counted there). A structural unit has its parent's form: the host's name
-- tells whether that is an administration or a municipal institution; otherwise «Другое».
-- The name to read: an organisation's own name; for a resource centre (a unit of its host) the host's name.
UPDATE outcome SET legal_form = CASE
        WHEN UPPER(COALESCE(host_organisation, name)) LIKE 'АНО %'
          OR UPPER(COALESCE(host_organisation, name)) LIKE 'АНО«%'
          OR LOWER(COALESCE(host_organisation, name)) LIKE '%автономная некоммерческая%' THEN 'AUTONOMOUS_NONPROFIT'
        WHEN LOWER(COALESCE(host_organisation, name)) LIKE '%фонд%' THEN 'FOUNDATION'
        WHEN LOWER(COALESCE(host_organisation, name)) LIKE '%общественное движение%' THEN 'PUBLIC_MOVEMENT'
        WHEN LOWER(COALESCE(host_organisation, name)) LIKE '%общественная организация%'
          OR LOWER(COALESCE(host_organisation, name)) LIKE '%общественной организации%'
          OR UPPER(COALESCE(host_organisation, name)) LIKE '%РОО %'
          OR UPPER(COALESCE(host_organisation, name)) LIKE 'МОО %' THEN 'PUBLIC_ORGANISATION'
        WHEN LOWER(COALESCE(host_organisation, name)) LIKE '%ассоциаци%' THEN 'ASSOCIATION'
        ELSE 'OTHER_NONPROFIT' END
    WHERE legal_form = 'NGO';
UPDATE outcome SET legal_form = CASE
        WHEN UPPER(name) LIKE 'ООО %' OR UPPER(name) LIKE 'ООО«%'
          OR LOWER(name) LIKE '%общество с ограниченной ответственностью%' THEN 'LLC'
        WHEN UPPER(name) LIKE 'ИП %' OR LOWER(name) LIKE '%индивидуальный предприниматель%' THEN 'SOLE_TRADER'
        WHEN UPPER(name) LIKE 'КФХ %' OR LOWER(name) LIKE '%фермерское хозяйство%' THEN 'PEASANT_FARM'
        ELSE 'OTHER_COMMERCIAL' END
    WHERE legal_form = 'SMALL_BUSINESS';
UPDATE outcome SET legal_form = 'MUNICIPAL_INSTITUTION' WHERE legal_form = 'MUNICIPAL';
UPDATE outcome SET legal_form = CASE
        WHEN LOWER(COALESCE(host_organisation, '')) LIKE '%администраци%'
          OR LOWER(COALESCE(host_organisation, '')) LIKE '%комитет%' THEN 'LOCAL_GOVERNMENT'
        WHEN UPPER(COALESCE(host_organisation, '')) LIKE 'МБУ%' OR UPPER(COALESCE(host_organisation, '')) LIKE 'МКУ%'
          OR UPPER(COALESCE(host_organisation, '')) LIKE 'МАУ%' OR UPPER(COALESCE(host_organisation, '')) LIKE 'МБОУ%'
          OR UPPER(COALESCE(host_organisation, '')) LIKE 'МКОУ%' OR UPPER(COALESCE(host_organisation, '')) LIKE 'МАОУ%'
          OR LOWER(COALESCE(host_organisation, '')) LIKE '%муниципальн%'
          OR LOWER(COALESCE(host_organisation, '')) LIKE '%районная библиотека%'
          OR LOWER(COALESCE(host_organisation, '')) LIKE '%районный дом культуры%' THEN 'MUNICIPAL_INSTITUTION'
        ELSE 'OTHER' END
    WHERE legal_form = 'STRUCTURAL_UNIT';
