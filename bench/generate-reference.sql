-- Reference data for the benchmark, written straight into PostgreSQL: 8 departments with 6 handlers each and
-- 5,000 customers. Run once on a freshly migrated, empty database (before the creation load, so that the
-- created complaints name real customers and the repeat detection runs as in production).
\set ON_ERROR_STOP on

INSERT INTO department (code, name, version)
SELECT 'BENCH-D' || d, (ARRAY['生产部 Production', '质量部 Quality', '物流部 Logistics', '销售部 Sales',
        '客服部 Service', '研发部 R&D', '财务部 Finance', '采购部 Purchasing'])[d], 0
FROM generate_series(1, 8) AS d;

-- Handlers cannot log in (the hash is not a valid password hash); they only appear in the ledger.
INSERT INTO app_user (username, display_name, email, password_hash, department_id, locale, active, version)
SELECT 'bench-handler-' || d.code || '-' || h, 'Handler ' || h || ' ' || d.code, NULL, 'not-a-hash', d.id, 'zh_CN', TRUE, 0
FROM department d CROSS JOIN generate_series(1, 6) AS h
WHERE d.code LIKE 'BENCH-D%';

INSERT INTO app_user_role (user_id, role)
SELECT id, 'HANDLER' FROM app_user WHERE username LIKE 'bench-handler-%';

INSERT INTO customer (code, name, address, phone, contact_person, email, transaction_count, notes, active,
                      search_key, created_at, updated_at, version)
SELECT 'C' || lpad(i::text, 6, '0'),
       (ARRAY['上海', '苏州', '杭州', '宁波', '无锡', 'Shenzhen', 'Tianjin', 'Qingdao'])[1 + i % 8]
           || ' ' || (ARRAY['精密机械', '电子科技', 'Trading', '汽车零部件', 'Packaging', '医疗器械'])[1 + (i / 8) % 6]
           || ' 有限公司 ' || i,
       'Road ' || i, '+86 21 6' || lpad((i * 7919 % 10000000)::text, 7, '0'), 'Contact ' || i,
       'buyer' || i || '@customer.example', (i * 37) % 500, NULL, i % 50 <> 0,
       lower('C' || lpad(i::text, 6, '0') || ' customer ' || i),
       now() - interval '3 years', now() - interval '30 days', 0
FROM generate_series(1, 5000) AS i;
