/** Static vocabularies for the seeded organisation. Changing any list changes every generated org. */

export const FIRST_NAMES = [
  'Aaliyah', 'Aaron', 'Abigail', 'Adam', 'Adrian', 'Aiden', 'Aisha', 'Alan', 'Alejandro', 'Alexander',
  'Alice', 'Alicia', 'Amara', 'Amelia', 'Amir', 'Ana', 'Andrea', 'Andrew', 'Angela', 'Anna',
  'Anthony', 'Aria', 'Arjun', 'Ashley', 'Ava', 'Benjamin', 'Bianca', 'Brandon', 'Brian', 'Brooke',
  'Caleb', 'Camila', 'Carlos', 'Carmen', 'Caroline', 'Charles', 'Charlotte', 'Chen', 'Chloe', 'Christopher',
  'Claire', 'Daniel', 'David', 'Deepa', 'Diana', 'Diego', 'Dmitri', 'Dylan', 'Elena', 'Eli',
  'Elijah', 'Elizabeth', 'Ella', 'Emily', 'Emma', 'Eric', 'Ethan', 'Eva', 'Fatima', 'Felix',
  'Fiona', 'Gabriel', 'Gabriela', 'Grace', 'Hana', 'Hannah', 'Harper', 'Hassan', 'Henry', 'Hiroshi',
  'Ibrahim', 'Ingrid', 'Isaac', 'Isabel', 'Isabella', 'Ivan', 'Jack', 'Jacob', 'James', 'Jasmine',
  'Javier', 'Jennifer', 'Jessica', 'Jin', 'John', 'Jordan', 'Jose', 'Joseph', 'Joshua', 'Julia',
  'Julian', 'Kaito', 'Karen', 'Katherine', 'Kevin', 'Khalid', 'Kim', 'Laila', 'Laura', 'Leah',
  'Leo', 'Liam', 'Lily', 'Lina', 'Logan', 'Lucas', 'Lucy', 'Luis', 'Madison', 'Malik',
  'Maria', 'Mark', 'Marta', 'Mason', 'Matthew', 'Maya', 'Mei', 'Mia', 'Michael', 'Miguel',
  'Mohammed', 'Naomi', 'Natalie', 'Nathan', 'Nia', 'Nicholas', 'Nina', 'Noah', 'Nora', 'Olivia',
  'Omar', 'Oscar', 'Owen', 'Pablo', 'Patrick', 'Paul', 'Pedro', 'Priya', 'Rachel', 'Rafael',
  'Rahul', 'Rebecca', 'Ricardo', 'Riley', 'Robert', 'Rosa', 'Ryan', 'Samantha', 'Samuel', 'Santiago',
  'Sara', 'Sarah', 'Sean', 'Sofia', 'Sophia', 'Stephanie', 'Steven', 'Sunita', 'Taylor', 'Thomas',
  'Tomas', 'Tyler', 'Valentina', 'Victor', 'Victoria', 'Wei', 'William', 'Xavier', 'Yara', 'Yusuf',
  'Zara', 'Zoe',
] as const;

export const LAST_NAMES = [
  'Abbott', 'Adams', 'Ahmed', 'Ali', 'Allen', 'Alvarez', 'Anderson', 'Andersson', 'Baker', 'Banerjee',
  'Barnes', 'Bell', 'Bennett', 'Brooks', 'Brown', 'Bryant', 'Campbell', 'Carter', 'Castillo', 'Chan',
  'Chavez', 'Chen', 'Clark', 'Collins', 'Cook', 'Cooper', 'Cruz', 'Das', 'Davis', 'Diaz',
  'Dubois', 'Edwards', 'Evans', 'Fernandez', 'Fischer', 'Flores', 'Foster', 'Garcia', 'Gomez', 'Gonzalez',
  'Gray', 'Green', 'Gupta', 'Hall', 'Harris', 'Hayes', 'Hernandez', 'Hill', 'Hoffmann', 'Howard',
  'Hughes', 'Ito', 'Jackson', 'James', 'Jensen', 'Johnson', 'Jones', 'Kaur', 'Kelly', 'Khan',
  'Kim', 'King', 'Kowalski', 'Kumar', 'Larsen', 'Lee', 'Lewis', 'Li', 'Lopez', 'Martin',
  'Martinez', 'Meyer', 'Miller', 'Mitchell', 'Moore', 'Morales', 'Morgan', 'Morris', 'Murphy', 'Nakamura',
  'Nelson', 'Nguyen', 'Nielsen', 'Novak', "O'Brien", 'Okafor', 'Ortiz', 'Park', 'Parker', 'Patel',
  'Perez', 'Peterson', 'Phillips', 'Price', 'Ramirez', 'Reed', 'Reyes', 'Richardson', 'Rivera', 'Roberts',
  'Robinson', 'Rodriguez', 'Rossi', 'Russell', 'Sanchez', 'Sanders', 'Santos', 'Schmidt', 'Scott', 'Shah',
  'Silva', 'Singh', 'Smith', 'Sokolov', 'Stewart', 'Sullivan', 'Suzuki', 'Tanaka', 'Taylor', 'Thomas',
  'Thompson', 'Torres', 'Tran', 'Turner', 'Walker', 'Wang', 'Ward', 'Watson', 'Weber', 'White',
  'Williams', 'Wilson', 'Wong', 'Wood', 'Wright', 'Wu', 'Yamamoto', 'Yang', 'Young', 'Zhang',
] as const;

/** Departments: each VP owns one; everyone below inherits it. `division` is the division's index. */
export const DEPARTMENTS: ReadonlyArray<{ name: string; division: number; agentTitles: readonly string[] }> = [
  { name: 'Customer Support', division: 1, agentTitles: ['Customer Support Agent', 'Senior Support Agent', 'Support Specialist'] },
  { name: 'Technical Support', division: 1, agentTitles: ['Technical Support Engineer', 'Tier 2 Support Engineer', 'Escalation Specialist'] },
  { name: 'Sales', division: 2, agentTitles: ['Inside Sales Representative', 'Account Executive', 'Sales Development Representative'] },
  { name: 'Billing', division: 3, agentTitles: ['Billing Specialist', 'Collections Agent', 'Accounts Receivable Analyst'] },
  { name: 'Retention', division: 2, agentTitles: ['Retention Specialist', 'Loyalty Agent', 'Customer Success Associate'] },
  { name: 'Operations', division: 0, agentTitles: ['Operations Analyst', 'Workforce Analyst', 'Quality Analyst'] },
  { name: 'Back Office', division: 4, agentTitles: ['Fulfilment Associate', 'Claims Processor', 'Order Processing Clerk'] },
];

export const DIVISION_NAMES = ['Home', 'Service', 'Sales', 'Finance', 'Back Office'] as const;

export const SKILL_NAMES = [
  'Billing Disputes', 'Refunds', 'Payments', 'Invoicing', 'Collections', 'Fraud Review', 'Password Reset',
  'Account Recovery', 'Onboarding', 'Upgrades', 'Downgrades', 'Cancellations', 'Win-back', 'Loyalty Offers',
  'Hardware Troubleshooting', 'Network Troubleshooting', 'Mobile App', 'Web Portal', 'API Support', 'Integrations',
  'Shipping', 'Returns', 'Warranty', 'Product Questions', 'Pricing', 'Enterprise Accounts', 'SMB Accounts',
  'Consumer Accounts', 'VIP Customers', 'Escalations', 'Complaints', 'Social Media', 'Chat Etiquette',
  'Email Writing', 'Outbound Calling', 'Lead Qualification', 'Renewals', 'Compliance', 'Accessibility Support',
  'Technical Writing',
] as const;

/** Routing languages with a two-letter code used by `languagePreference`. */
export const LANGUAGES: ReadonlyArray<{ name: string; code: string }> = [
  { name: 'English', code: 'en-US' }, { name: 'Spanish', code: 'es' }, { name: 'French', code: 'fr' },
  { name: 'German', code: 'de' }, { name: 'Portuguese', code: 'pt-BR' }, { name: 'Italian', code: 'it' },
  { name: 'Dutch', code: 'nl' }, { name: 'Japanese', code: 'ja' }, { name: 'Mandarin', code: 'zh-CN' },
  { name: 'Korean', code: 'ko' }, { name: 'Arabic', code: 'ar' }, { name: 'Hindi', code: 'hi' },
];

export const QUEUE_NAMES = [
  'General Inquiries', 'Billing', 'Billing - Spanish', 'Payments', 'Refunds', 'Collections', 'Technical Support',
  'Technical Support - Tier 2', 'Network Outages', 'Mobile App Support', 'Sales - Inbound', 'Sales - Outbound',
  'Enterprise Sales', 'Upgrades', 'Cancellations', 'Retention', 'VIP Line', 'Escalations', 'Complaints',
  'Social Media', 'Web Chat', 'Email Support', 'Shipping', 'Returns', 'Warranty Claims', 'Onboarding',
  'Partner Support', 'Accessibility Line', 'After Hours', 'Callback Queue',
] as const;

export const GROUP_NAMES: ReadonlyArray<{ name: string; description: string; type: 'official' | 'social' }> = [
  { name: 'All Agents', description: 'Everyone who takes ACD interactions', type: 'official' },
  { name: 'Supervisors', description: 'Team leads and managers', type: 'official' },
  { name: 'Night Shift', description: 'Agents on the overnight rota', type: 'official' },
  { name: 'Weekend Shift', description: 'Agents on the weekend rota', type: 'official' },
  { name: 'Spanish Speakers', description: 'Agents who can take Spanish interactions', type: 'official' },
  { name: 'Escalation Team', description: 'Handles escalated cases', type: 'official' },
  { name: 'Quality Reviewers', description: 'Evaluate recorded interactions', type: 'official' },
  { name: 'Trainers', description: 'New-hire trainers and mentors', type: 'official' },
  { name: 'Remote Workers', description: 'Work-from-home staff', type: 'social' },
  { name: 'Book Club', description: 'Monthly reading group', type: 'social' },
  { name: 'Running Club', description: 'Lunchtime runs', type: 'social' },
  { name: 'Wellbeing Champions', description: 'Staff wellbeing network', type: 'social' },
  { name: 'Innovation Guild', description: 'Process improvement ideas', type: 'social' },
  { name: 'Volunteers', description: 'Community volunteering', type: 'social' },
];

export const LOCATION_SITES: ReadonlyArray<{
  name: string; street1: string; city: string; state: string; zipcode: string; country: string; countryName: string;
  lat: number; lon: number; region: string;
}> = [
  { name: 'Indianapolis HQ', street1: '2001 Junction Way', city: 'Indianapolis', state: 'IN', zipcode: '46204', country: 'US', countryName: 'United States', lat: 39.7684, lon: -86.1581, region: 'Indiana' },
  { name: 'Raleigh Contact Center', street1: '410 Fayetteville St', city: 'Raleigh', state: 'NC', zipcode: '27601', country: 'US', countryName: 'United States', lat: 35.7796, lon: -78.6382, region: 'North Carolina' },
  { name: 'Denver Office', street1: '1700 Lincoln St', city: 'Denver', state: 'CO', zipcode: '80203', country: 'US', countryName: 'United States', lat: 39.7392, lon: -104.9903, region: 'Colorado' },
  { name: 'Toronto Office', street1: '100 King St W', city: 'Toronto', state: 'ON', zipcode: 'M5X 1A9', country: 'CA', countryName: 'Canada', lat: 43.6532, lon: -79.3832, region: 'Ontario' },
  { name: 'Galway Contact Centre', street1: 'Mervue Business Park', city: 'Galway', state: 'Galway', zipcode: 'H91 K5YD', country: 'IE', countryName: 'Ireland', lat: 53.2707, lon: -9.0568, region: 'Connacht' },
  { name: 'London Office', street1: '1 Finsbury Ave', city: 'London', state: 'England', zipcode: 'EC2M 2PF', country: 'GB', countryName: 'United Kingdom', lat: 51.5074, lon: -0.1278, region: 'England' },
  { name: 'Manila Hub', street1: '6750 Ayala Ave', city: 'Makati', state: 'Metro Manila', zipcode: '1226', country: 'PH', countryName: 'Philippines', lat: 14.5547, lon: 121.0244, region: 'Metro Manila' },
  { name: 'Sao Paulo Office', street1: 'Av. Paulista 1000', city: 'Sao Paulo', state: 'SP', zipcode: '01310-100', country: 'BR', countryName: 'Brazil', lat: -23.5505, lon: -46.6333, region: 'Sao Paulo' },
];

export const PROFILE_SKILLS = [
  'Active listening', 'De-escalation', 'Negotiation', 'Salesforce', 'Zendesk', 'SQL', 'Excel', 'Public speaking',
  'Coaching', 'Technical writing', 'Networking', 'Linux', 'Spanish', 'French', 'Project management',
  'Six Sigma', 'Customer empathy', 'Product knowledge', 'Time management', 'Data analysis',
] as const;

export const CERTIFICATIONS = [
  'Genesys Cloud CX Certified Professional', 'ITIL 4 Foundation', 'COPC Customer Experience', 'CompTIA A+',
  'HDI Support Center Analyst', 'PCI DSS Awareness', 'Certified Customer Experience Professional',
] as const;

export const HOBBIES = ['cycling', 'chess', 'cooking', 'hiking', 'photography', 'gardening', 'music', 'painting', 'running', 'travel'] as const;
export const SCHOOLS = ['Indiana University', 'Purdue University', 'University of Toronto', 'NUI Galway', 'University of Manila', 'State College'] as const;
export const STUDIES = ['Business Administration', 'Communications', 'Computer Science', 'Psychology', 'Economics', 'English'] as const;

/** Trustor organisations: partner orgs that trust some of our users. */
export const TRUSTOR_ORGS: ReadonlyArray<{ name: string; domain: string }> = [
  { name: 'Contoso Outsourcing', domain: 'contoso-bpo' },
  { name: 'Fabrikam Retail', domain: 'fabrikam' },
  { name: 'Tailspin Airlines', domain: 'tailspin' },
  { name: 'Wide World Importers', domain: 'wideworld' },
  { name: 'Adventure Works Cycles', domain: 'adventureworks' },
];

/** System presences with their organisation presence names. */
export const PRESENCES: ReadonlyArray<{ system: 'Available' | 'Away' | 'Busy' | 'Offline' | 'Idle' | 'OnQueue' | 'Meal' | 'Training' | 'Meeting' | 'Break'; analytics: 'AVAILABLE' | 'AWAY' | 'BUSY' | 'OFFLINE' | 'IDLE' | 'ON_QUEUE' | 'MEAL' | 'TRAINING' | 'MEETING' | 'BREAK'; label: string }> = [
  { system: 'Available', analytics: 'AVAILABLE', label: 'Available' },
  { system: 'Away', analytics: 'AWAY', label: 'Away' },
  { system: 'Busy', analytics: 'BUSY', label: 'Busy' },
  { system: 'Offline', analytics: 'OFFLINE', label: 'Offline' },
  { system: 'Idle', analytics: 'IDLE', label: 'Idle' },
  { system: 'OnQueue', analytics: 'ON_QUEUE', label: 'On Queue' },
  { system: 'Meal', analytics: 'MEAL', label: 'Meal' },
  { system: 'Training', analytics: 'TRAINING', label: 'Training' },
  { system: 'Meeting', analytics: 'MEETING', label: 'Meeting' },
  { system: 'Break', analytics: 'BREAK', label: 'Break' },
];

export const ROUTING_STATUSES = ['OFF_QUEUE', 'IDLE', 'INTERACTING', 'NOT_RESPONDING', 'COMMUNICATING'] as const;
export type RoutingStatusValue = (typeof ROUTING_STATUSES)[number];

/** Roles with their permissions; the first is the org admin role. */
export const ROLE_DEFS: ReadonlyArray<{ name: string; description: string; permissions: readonly string[] }> = [
  {
    name: 'Master Admin', description: 'Full administrative access to the organisation',
    permissions: ['admin', 'directory:organization:admin', 'directory:user:add', 'directory:user:edit', 'directory:user:delete',
      'directory:user:view', 'directory:user:setPassword', 'directory:userProfile:view', 'directory:userProfile:edit',
      'authorization:grant:view', 'authorization:grant:add', 'authorization:grant:delete', 'authorization:orgTrustor:view',
      'routing:queue:view', 'routing:queue:join', 'routing:queueMember:manage', 'routing:skill:assign', 'routing:language:assign',
      'telephony:otherStationAssociation:view', 'telephony:otherStationAssociation:edit', 'telephony:station:disassociate',
      'telephony:plugin:all', 'telephony:phone:assign', 'conversation:callForwarding:view', 'conversation:callForwarding:edit',
      'analytics:userAggregate:view', 'analytics:userDetail:view', 'analytics:userObservation:view'],
  },
  { name: 'Employee', description: 'Basic directory access for every employee',
    permissions: ['directory:user:view', 'directory:userProfile:view', 'conversation:callForwarding:view'] },
  { name: 'User', description: 'Default role for licensed users',
    permissions: ['directory:user:view', 'routing:queue:view', 'conversation:callForwarding:view', 'conversation:callForwarding:edit'] },
  { name: 'Agent', description: 'Takes ACD interactions',
    permissions: ['routing:queue:view', 'routing:queue:join', 'telephony:otherStationAssociation:view', 'telephony:station:disassociate'] },
  { name: 'Supervisor', description: 'Monitors and manages agents',
    permissions: ['routing:queue:view', 'routing:queueMember:manage', 'analytics:userAggregate:view', 'analytics:userDetail:view',
      'analytics:userObservation:view', 'directory:userProfile:view', 'authorization:grant:view'] },
  { name: 'Routing Admin', description: 'Manages skills, languages and queues',
    permissions: ['routing:skill:assign', 'routing:language:assign', 'routing:queueMember:manage', 'routing:queue:view'] },
  { name: 'People Admin', description: 'Manages user records',
    permissions: ['directory:user:add', 'directory:user:edit', 'directory:user:delete', 'directory:user:setPassword',
      'directory:userProfile:edit', 'authorization:grant:view', 'authorization:grant:add'] },
  { name: 'Telephony Admin', description: 'Manages stations and phones',
    permissions: ['telephony:plugin:all', 'telephony:phone:assign', 'telephony:otherStationAssociation:edit',
      'telephony:otherStationAssociation:view', 'telephony:station:disassociate'] },
  { name: 'Quality Evaluator', description: 'Evaluates interactions',
    permissions: ['analytics:userDetail:view', 'directory:user:view'] },
  { name: 'Trusted External User', description: 'Partner organisation staff',
    permissions: ['directory:user:view', 'authorization:orgTrustor:view'] },
];

export const STREETS = ['Main St', 'Oak Ave', 'Maple Dr', 'Cedar Ln', 'Elm St', 'Park Rd', 'Lake View Dr', 'Hill St'] as const;
